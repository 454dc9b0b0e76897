; Inno Setup script: a Windows installer from the PyInstaller folder dist\obecdesk.
; On Windows, from the project root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e . pyinstaller pillow
;   .venv\Scripts\pyinstaller packaging\obecdesk.spec --noconfirm
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\obecdesk.iss
; The installer lands in dist\installer\. It installs per user (no administrator rights, as on
; a town-hall laptop), adds a Start-menu entry and an uninstaller; the data directory in the
; user's profile is left alone on uninstall, so months of work are never removed with the program.

#define AppName "obecdesk"
#define AppVersion "0.1.0"
#define AppPublisher "Agentura pro sociální začleňování"

[Setup]
AppId={{6C1B6E3E-7C59-4C3E-9F0B-0B5D3C0E2A51}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist\installer
OutputBaseFilename=obecdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\obecdesk.exe

[Languages]
Name: "czech"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\obecdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\obecdesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\obecdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\obecdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
