@REM nnlab's Maven wrapper for Windows: runs the Maven pinned in .mvn\wrapper\maven-wrapper.properties, fetched
@REM once through the Maven already installed (or from %MVNW_REPOURL%), checked against its SHA-256 and kept in
@REM %USERPROFILE%\.m2\wrapper\dists. Needs tar.exe and certutil (both ship with Windows 10 and later).
@echo off
setlocal
set "ROOT=%~dp0"
for /f "usebackq tokens=1,* delims==" %%a in ("%ROOT%.mvn\wrapper\maven-wrapper.properties") do (
  if "%%a"=="mavenVersion" set "VERSION=%%b"
  if "%%a"=="distributionSha256Sum" set "SHA=%%b"
)
if "%VERSION%"=="" (echo mvnw: .mvn\wrapper\maven-wrapper.properties: mavenVersion: missing & exit /b 1)
if "%MAVEN_USER_HOME%"=="" set "MAVEN_USER_HOME=%USERPROFILE%\.m2"
set "DISTS=%MAVEN_USER_HOME%\wrapper\dists"
set "MHOME=%DISTS%\apache-maven-%VERSION%"
if exist "%MHOME%\bin\mvn.cmd" goto run
set "TMPD=%DISTS%\.mvnw-%RANDOM%%RANDOM%"
mkdir "%TMPD%" || exit /b 1
set "ARCHIVE=%TMPD%\apache-maven-%VERSION%-bin.tar.gz"
echo mvnw: fetching Maven %VERSION% (once) 1>&2
if not "%MVNW_REPOURL%"=="" (
  curl.exe -fsSL -o "%ARCHIVE%" "%MVNW_REPOURL%/org/apache/maven/apache-maven/%VERSION%/apache-maven-%VERSION%-bin.tar.gz" || goto fail
) else (
  where mvn >nul 2>nul || (echo mvnw: install any Maven 3 or set MVNW_REPOURL to a Maven repository & goto fail)
  pushd "%TMPD%"
  call mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy "-Dartifact=org.apache.maven:apache-maven:%VERSION%:tar.gz:bin" "-DoutputDirectory=%TMPD%" || (popd & goto fail)
  popd
)
if not "%SHA%"=="" (
  for /f "skip=1 delims=" %%h in ('certutil -hashfile "%ARCHIVE%" SHA256') do (
    if not defined ACTUAL set "ACTUAL=%%h"
  )
)
if not "%SHA%"=="" (
  if /i not "%ACTUAL: =%"=="%SHA%" (echo mvnw: %ARCHIVE%: SHA-256 is %ACTUAL%, expected %SHA% & goto fail)
)
tar -xzf "%ARCHIVE%" -C "%TMPD%" || goto fail
move "%TMPD%\apache-maven-%VERSION%" "%MHOME%" >nul
rmdir /s /q "%TMPD%"
:run
"%MHOME%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%
:fail
rmdir /s /q "%TMPD%" 2>nul
exit /b 1
