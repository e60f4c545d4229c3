; Inno Setup 6 script: installs the PyInstaller one-folder build of OneStop for all users.
;
;   iscc /DAppVersion=0.1.0 installer\windows\onestop.iss
;
; Input:  installer\dist\OneStop\  (pyinstaller --distpath installer\dist installer\onestop.spec)
; Output: installer\windows\Output\OneStop-<version>-setup.exe
; Steps in installer\windows\BUILD.md. Relative paths below are relative to this file.
;
; The encrypted cache, its key file, the settings and the logs live in the user's profile
; (%LOCALAPPDATA%\OneStop, %APPDATA%\<organisation>). This script never deletes them: the
; uninstaller removes only the program files it installed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\OneStop"
#endif
#define AppName "OneStop"
#define AppPublisher "OneStop project"
#define AppExeName "onestop-gui.exe"

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{4F3B8C2E-6A1D-4E57-9B0C-7D2E5A9F1C36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine install into Program Files (needs an administrator).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=Output
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExeName}
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: onestop-gui.exe, onestop.exe and _internal\ (Python, Qt,
; SQLCipher, forms and resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: nothing outside {app} is ever removed, so the
; encrypted cache and its key file in the user's profile survive an uninstall.
