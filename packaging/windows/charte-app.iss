; Inno Setup script: a per-user installer of the PyInstaller bundle (dist\charte-app\), without admin rights.
;
;   python scripts\dev.py bundle                       (on Windows: builds dist\charte-app\)
;   iscc packaging\windows\charte-app.iss              (Inno Setup 6.3 or later: writes dist\charte-app-setup.exe)
;
; Installs into %LOCALAPPDATA%\Programs\charte-app, a Start menu entry, and associates .charte files with
; charte-app-gui.exe for the current user only (HKCU\Software\Classes): no elevation prompt.
;
; Signing (a step of the organisation's IT, with its own code-signing certificate; the path and password
; below are placeholders). First the bundle's programs, then the installer and its uninstaller:
;
;   signtool sign /f C:\chemin\vers\certificat.pfx /p MOT-DE-PASSE /fd sha256 /tr http://timestamp.digicert.com /td sha256 dist\charte-app\charte-app.exe dist\charte-app\charte-app-gui.exe
;   iscc "/Ssigntool=signtool.exe sign /f C:\chemin\vers\certificat.pfx /p MOT-DE-PASSE /fd sha256 /tr http://timestamp.digicert.com /td sha256 $f" /DSign packaging\windows\charte-app.iss
;
; Without /DSign the installer is built unsigned (Windows SmartScreen then warns before running it).

; ArchitecturesAllowed=x64compatible below needs Inno Setup 6.3.
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible): https://jrsoftware.org/isdl.php
#endif

#define AppName "Charte"
; The version of pyproject.toml ([project] version): tests/test_windows_installer.py checks that they agree.
#define AppVersion "0.1.0"
#define AppExe "charte-app-gui.exe"

[Setup]
AppId={{6B0F5E2C-8E1D-4C39-9A57-3C1B2D7A4E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=charte-app
DefaultDirName={localappdata}\Programs\charte-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=charte-app-setup
SetupIconFile=charte-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; An upgrade installs over the previous version: its bundled libraries (_internal) go first, so that none
; the new version no longer ships is left behind to be loaded by mistake. The user's data is elsewhere
; (%LOCALAPPDATA%\charte-app), untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\charte-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .charte -> CharteApp.Dossier, opened by the windowed launcher (a bare file argument opens it).
Root: HKCU; Subkey: "Software\Classes\.charte"; ValueType: string; ValueName: ""; ValueData: "CharteApp.Dossier"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.charte"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-charte-dossier"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\CharteApp.Dossier"; ValueType: string; ValueName: ""; ValueData: "Dossier Charte"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\CharteApp.Dossier\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\CharteApp.Dossier\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
