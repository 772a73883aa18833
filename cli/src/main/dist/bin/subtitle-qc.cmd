@echo off
rem subtitle-qc: checks subtitle files on the command line (Windows). Java 17 or later:
rem JAVA_HOME, or java on the PATH. Exit codes: 0 no violations, 1 violations, 2 usage error.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR="
for %%f in ("%HOME_DIR%\lib\subtitle-qc-cli-*.jar") do set "JAR=%%~ff"
if "%JAR%"=="" (
  echo subtitle-qc: no lib\subtitle-qc-cli-*.jar in %HOME_DIR%: unpack the whole distribution 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
