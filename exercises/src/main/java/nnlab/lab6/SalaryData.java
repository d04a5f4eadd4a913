// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab6;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nnlab.lab5.Dataset;
import nnlab.lab5.Example;

/**
 * The salary table lab 6 trains on, {@code nnlab/data/salaries.csv} (made by fixtures/generator/lab6_regression.py,
 * which says how): 48 rows of four encoded features (experience level, employment type, remote ratio, company size)
 * and the salary in 100,000 USD. The notebook's {@code TensorDataset(torch.tensor(features).float(),
 * torch.tensor(target).float())} over it.
 *
 * @param features shape [48, 4], float32
 * @param targets shape [48, 1], float32
 */
public record SalaryData(NDArray features, NDArray targets) implements Dataset {

    /** Where the table is on the class path. */
    public static final String RESOURCE = "nnlab/data/salaries.csv";

    /** The number of feature columns before the target. */
    public static final int NUM_FEATURES = 4;

    /** Reads the table; values are parsed as float64, then rounded to float32, as numpy then {@code .float()} do. */
    public static SalaryData load(NDManager manager) {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = SalaryData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] cells = line.split(",");
                if (cells.length != NUM_FEATURES + 1) {
                    throw new IllegalStateException(RESOURCE + ": line " + lineNumber + ": expected "
                            + (NUM_FEATURES + 1) + " values (" + header + "), found " + cells.length);
                }
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    try {
                        row[i] = Double.parseDouble(cells[i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(RESOURCE + ": line " + lineNumber + ", column " + (i + 1)
                                + ": expected a number, found '" + cells[i] + "'", e);
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        float[][] features = new float[rows.size()][NUM_FEATURES];
        float[][] targets = new float[rows.size()][1];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < NUM_FEATURES; c++) {
                features[r][c] = (float) rows.get(r)[c];
            }
            targets[r][0] = (float) rows.get(r)[NUM_FEATURES];
        }
        return new SalaryData(manager.create(features), manager.create(targets));
    }

    /** {@code (features[index], targets[index])}: shapes [4] and [1]. */
    @Override
    public Example get(int index) {
        return new Example(features.get(index), targets.get(index));
    }

    @Override
    public int size() {
        return Math.toIntExact(features.getShape().get(0));
    }
}
