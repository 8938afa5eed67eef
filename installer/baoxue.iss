; Inno Setup 6.4+ script: BaoxueSetup-<version>.exe from the PyInstaller folder dist\baoxue\.
;
;   make dist                      (dist\baoxue\ and installer\build\: icon, version resource, version.iss)
;   iscc installer\baoxue.iss      (→ dist\BaoxueSetup-<version>.exe; see installer\README.md, also for signing)
;
; One school per PC: the setup asks who uses the school's data — everyone on this PC (the data in
; %ProgramData%\Baoxue\data, changeable by every Windows account) or only this Windows user (the
; user's own profile). The choice is written where the program looks for it (app/paths.py):
;   everyone → %ProgramData%\Baoxue\location.json            {"scope": "machine"}
;   only me  → %LOCALAPPDATA%\Baoxue\baoxue\location.json    {"scope": "user"}
; Upgrading installs over the same AppId and keeps every data folder; uninstalling removes the
; program only and tells where the data stays.

#include "build\version.iss"
#ifndef AppVersion
  #error "installer\build\version.iss is missing: run make dist (installer/build_assets.py) first"
#endif
#ifndef DistDir
  #define DistDir "..\dist\baoxue"
#endif
#define AppName "保学 Baoxue"
#define AppExe "baoxue.exe"
#define CliExe "baoxue-cli.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6F1C2B7E-4A5D-4E8B-9C3F-2D7A1B0E5C91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Baoxue
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} 安装程序
; "Install for me only" needs no administrator; "for all users" asks for one (and puts the program in Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Baoxue
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=build\baoxue.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=BaoxueSetup-{#AppVersion}
#ifdef NoCompression
; make installer-check: a whole setup built quickly, to check every file is found
Compression=none
SolidCompression=no
#else
Compression=lzma2/max
SolidCompression=yes
#endif
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "chs"; MessagesFile: "languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chs.DataPageTitle=学校数据存放在哪里
chs.DataPageDesc=这台电脑上谁使用学校的数据?
chs.DataPageText=办公室共用电脑上,每位老师用自己的 Windows 账户登录。选择“所有用户”时,大家看到的是同一所学校。
chs.DataEveryone=这台电脑的所有用户(数据在 %1)
chs.DataOnlyMe=只供我自己使用(数据在我的用户目录 %1)
chs.DemoSchool=演示学校
chs.UserGuide=使用说明
chs.CommandLine=保学命令行
chs.DataKept=保学已卸载。学校数据没有删除,仍保存在:%n%n%1%n%n重新安装保学后可以继续使用;如果确定不再需要,可以手动删除这个文件夹。
chs.LaunchNow=启动保学
en.DataPageTitle=Where the school's data is kept
en.DataPageDesc=Who on this computer works with the school's data?
en.DataPageText=On a shared office computer every teacher logs in to Windows with their own account. With "everyone", they all see the same school.
en.DataEveryone=Everyone on this PC (data in %1)
en.DataOnlyMe=Only me (data in my own profile, %1)
en.DemoSchool=Demo school
en.UserGuide=User guide
en.CommandLine=Baoxue command line
en.DataKept=Baoxue has been removed. The school's data was NOT deleted; it stays in:%n%n%1%n%nReinstall Baoxue to go on using it, or delete that folder by hand if it is no longer needed.
en.LaunchNow=Start Baoxue

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; everyone on this PC: one data folder every Windows account of the school may change
Name: "{commonappdata}\Baoxue"; Permissions: users-modify; Check: DataForEveryone; Flags: uninsneveruninstall
Name: "{commonappdata}\Baoxue\data"; Permissions: users-modify; Check: DataForEveryone; Flags: uninsneveruninstall

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "languages\LICENSE-ChineseSimplified.txt"; DestDir: "{app}\licences"; Flags: ignoreversion
Source: "..\resources\fonts\LICENSE-wqy-microhei.txt"; DestDir: "{app}\licences"; Flags: ignoreversion

[InstallDelete]
; an upgrade replaces the whole program folder's code (never the data, which lives elsewhere)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} {cm:DemoSchool}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
; the user guide (resources/guide/zh_CN/html/, issue #16; F1 in the program opens the same pages)
Name: "{group}\{#AppName} {cm:UserGuide}"; Filename: "{app}\_internal\resources\guide\zh_CN\html\index.html"; Check: GuideInstalled
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DataPage: TInputOptionWizardPage;

function MachineDataDir(): String;
begin
  Result := ExpandConstant('{commonappdata}\Baoxue\data');
end;

function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Baoxue\baoxue');
end;

procedure InitializeWizard();
begin
  DataPage := CreateInputOptionPage(wpSelectDir, CustomMessage('DataPageTitle'), CustomMessage('DataPageDesc'),
    CustomMessage('DataPageText'), True, False);
  DataPage.Add(FmtMessage(CustomMessage('DataEveryone'), [MachineDataDir()]));
  DataPage.Add(FmtMessage(CustomMessage('DataOnlyMe'), [UserDataDir()]));
  { an install for all users defaults to shared data; an install for me only to my own }
  if IsAdminInstallMode() then
    DataPage.SelectedValueIndex := 0
  else
    DataPage.SelectedValueIndex := 1;
end;

function DataForEveryone(): Boolean;
begin
  Result := DataPage.SelectedValueIndex = 0;
end;

function GuideInstalled(): Boolean;
begin
  Result := FileExists(ExpandConstant('{app}\_internal\resources\guide\zh_CN\html\index.html'));
end;

procedure RememberChoice();
var
  Marker: String;
begin
  if DataForEveryone() then begin
    Marker := ExpandConstant('{commonappdata}\Baoxue\location.json');
    ForceDirectories(ExtractFileDir(Marker));
    SaveStringToFile(Marker, '{"scope": "machine"}', False);
  end else begin
    Marker := UserDataDir() + '\location.json';
    ForceDirectories(ExtractFileDir(Marker));
    SaveStringToFile(Marker, '{"scope": "user"}', False);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    RememberChoice();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Where: String;
begin
  if CurUninstallStep = usPostUninstall then begin
    Where := UserDataDir();
    if DirExists(MachineDataDir()) then
      Where := MachineDataDir() + #13#10 + Where;
    if not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [Where]), mbInformation, MB_OK);
  end;
end;
