@echo off
rem EAC Migration Planner launcher (Windows). No arguments: the desktop app; arguments: the command line.
rem Java: %JAVA_HOME%\bin\java.exe if set, else java on the PATH (Java 17 or newer).
rem Extra JVM options: EAC_PLANNER_OPTS.
setlocal
set "APP_HOME=%~dp0.."
set "LIB=%APP_HOME%\lib"
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" %EAC_PLANNER_OPTS% -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto ^
  --module-path "%LIB%\javafx" --add-modules javafx.controls --enable-native-access=javafx.graphics ^
  -cp "%LIB%\*" org.eacplanner.Main %*
exit /b %ERRORLEVEL%
