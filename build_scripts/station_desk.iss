; Inno Setup 6 script: the Windows installer for Station Desk, from the PyInstaller bundle.
; Build on Windows after the bundle (build_scripts\station_desk.spec made dist\StationDesk\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" build_scripts\station_desk.iss
; Output: dist\StationDesk-<version>-setup.exe
;
; - Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\StationDesk.
; - Start-menu entries for the staff window and for the kiosk (签到机).
; - The data (database, backups, logs) lives in %APPDATA%\StationDesk, which the program makes on
;   first start. The installer never lists it, so an uninstall or an upgrade leaves it untouched.

#define AppExe "StationDesk.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\StationDesk"
; One version: the bundle's version information, written by the spec from pyproject.toml.
#define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")

[Setup]
AppId={{6B1E4C52-3F0B-4F7E-9A55-2C1D8E0A7D31}
AppName=Station Desk
AppVerName=Station Desk {#AppVersion}
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Station Desk
DefaultDirName={autopf}\StationDesk
DefaultGroupName=Station Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=StationDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\station-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Upgrading while the window or kiosk runs: ask to close it rather than leave half-replaced files.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Station Desk 工作台"; Filename: "{app}\{#AppExe}"; Comment: "工作人员：名册、服务记录、审核、证明"
Name: "{group}\Station Desk 签到机"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Comment: "志愿者自助签到签退（全屏）"
Name: "{group}\卸载 Station Desk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Station Desk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Station Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: %APPDATA%\StationDesk (the station's database and backups) stays.
