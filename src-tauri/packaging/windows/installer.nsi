; Aloud's Windows installer, built by `make windows` with Debian's NSIS (makensis
; runs offline; Tauri's own bundler would download its tools). Per user, without
; administrator rights: %LOCALAPPDATA%\Programs\Aloud, a Start menu shortcut that
; carries Aloud's AppUserModelID (Windows ties notifications to it), and an entry in
; Apps & features whose uninstaller leaves the person's history where it is.
;
;   makensis -DVERSION=1.2.3 -DBINARIES=dir -DICON=icon.ico -DOUTFILE=setup.exe installer.nsi
;
; Silent: `setup.exe /S` installs, `uninstall.exe /S` removes.
Unicode true
Target amd64-unicode
!include LogicLib.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

!ifndef VERSION | BINARIES | ICON | OUTFILE
  !error "give VERSION, BINARIES, ICON and OUTFILE with -D"
!endif

!define APP_ID "app.aloud.Aloud"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define SHORTCUT "$SMPROGRAMS\Aloud.lnk"
!define AUMID_KEY "Software\Classes\AppUserModelId\${APP_ID}"
!define PROTOCOL_KEY "Software\Classes\aloud"
!define WM_CLOSE 0x0010

Name "Aloud"
OutFile "${OUTFILE}"
Icon "${ICON}"
UninstallIcon "${ICON}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Aloud"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Aloud"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Aloud installer"
VIAddVersionKey "LegalCopyright" "Copyright © 2026 The Aloud developers"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

; A running tray app holds its program file open: ask it to end (its shell
; window's class is the app id) and give it a moment.
!macro EndRunningAloud
  FindWindow $0 "${APP_ID}"
  ${If} $0 <> 0
    SendMessage $0 ${WM_CLOSE} 0 0 /TIMEOUT=5000
    Sleep 500
  ${EndIf}
!macroend

Section "Aloud"
  !insertmacro EndRunningAloud
  SetOutPath "$INSTDIR"
  File "${BINARIES}\aloud.exe"
  File "${BINARIES}\aloud-tray.exe"
  File "${BINARIES}\aloud-dashboard.exe"
  File "${BINARIES}\WebView2Loader.dll"
  File /oname=aloud.ico "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  Call MakeShortcut
  ; The AppUserModelID's name and picture, which Windows shows on Aloud's
  ; notifications (beside the shortcut's, for a shortcut the person removed).
  WriteRegStr HKCU "${AUMID_KEY}" "DisplayName" "Aloud"
  WriteRegStr HKCU "${AUMID_KEY}" "IconUri" "$INSTDIR\aloud.ico"
  ; A toast's buttons open aloud:answer?… addresses; Windows hands them to the
  ; tray app, which passes them to the one running.
  WriteRegStr HKCU "${PROTOCOL_KEY}" "" "URL:Aloud"
  WriteRegStr HKCU "${PROTOCOL_KEY}" "URL Protocol" ""
  WriteRegStr HKCU "${PROTOCOL_KEY}\DefaultIcon" "" "$INSTDIR\aloud.ico"
  WriteRegStr HKCU "${PROTOCOL_KEY}\shell\open\command" "" '"$INSTDIR\aloud-tray.exe" --answer "%1"'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Aloud"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Aloud developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://aloud.app/"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\aloud.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Started by hand after an interactive install; a silent one (an administrator's
  ; deployment) leaves starting to the person.
  ${IfNot} ${Silent}
    Exec '"$INSTDIR\aloud-tray.exe"'
  ${EndIf}
SectionEnd

; The Start menu shortcut, with the AppUserModelID set on it through the shell
; link's property store (CreateShortcut cannot set one).
Function MakeShortcut
  !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
  ${If} $0 P= 0
    DetailPrint "Could not make the Start menu shortcut"
    Return
  ${EndIf}
  ${IShellLink::SetPath} $0 '("$INSTDIR\aloud-tray.exe")'
  ${IShellLink::SetWorkingDirectory} $0 '("$INSTDIR")'
  ${IShellLink::SetIconLocation} $0 '("$INSTDIR\aloud.ico",0)'
  ${IShellLink::SetDescription} $0 '("Build the habit of working aloud")'
  ${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r1)'
  ${If} $1 P<> 0
    System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r2'
    System::Call '*(&w${NSIS_MAX_STRLEN} "${APP_ID}")p.r4'
    System::Call '*${SYSSTRUCT_PROPVARIANT}(${VT_LPWSTR},,p r4)p.r3'
    ${IPropertyStore::SetValue} $1 '($2,$3)'
    ${IPropertyStore::Commit} $1 ""
    System::Free $2
    System::Free $3
    System::Free $4
    ${IUnknown::Release} $1 ""
  ${EndIf}
  ${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
  ${If} $1 P<> 0
    ${IPersistFile::Save} $1 '("${SHORTCUT}",1)'
    ${IUnknown::Release} $1 ""
  ${EndIf}
  ${IUnknown::Release} $0 ""
FunctionEnd

Section "Uninstall"
  !insertmacro EndRunningAloud
  Delete "$INSTDIR\aloud.exe"
  Delete "$INSTDIR\aloud-tray.exe"
  Delete "$INSTDIR\aloud-dashboard.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\aloud.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "${SHORTCUT}"
  ; "Start at login" points at the program just removed.
  DeleteRegValue HKCU "${RUN_KEY}" "Aloud"
  DeleteRegKey HKCU "${AUMID_KEY}"
  DeleteRegKey HKCU "${PROTOCOL_KEY}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The history (%APPDATA%\app.aloud.Aloud) is the person's: it stays, and a
  ; later install finds it.
SectionEnd
