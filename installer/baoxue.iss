; Inno Setup script: per-user install of the PyInstaller folder (no admin rights needed
; on a shared school PC). Data stays in %LOCALAPPDATA%\Baoxue\baoxue (platformdirs).
[Setup]
AppName=保学 Baoxue
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\Baoxue
DefaultGroupName=保学 Baoxue
PrivilegesRequired=lowest
OutputBaseFilename=BaoxueSetup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\baoxue\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\保学 Baoxue"; Filename: "{app}\baoxue.exe"
Name: "{group}\保学 演示学校 (Demo)"; Filename: "{app}\baoxue.exe"; Parameters: "--demo"
Name: "{userdesktop}\保学 Baoxue"; Filename: "{app}\baoxue.exe"

[Run]
Filename: "{app}\baoxue.exe"; Description: "启动保学"; Flags: nowait postinstall skipifsilent
