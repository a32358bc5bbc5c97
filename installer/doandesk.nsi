; DoanDesk installer for Windows (NSIS 3, Modern UI 2), Vietnamese first, English second.
;
; Packs the PyInstaller folder dist\DoanDesk (built by installer\doandesk.spec) into
; dist\DoanDesk-<version>-setup.exe. Build on Windows (or with Linux's makensis):
;
;     makensis /DVERSION=0.1.0 installer\doandesk.nsi
;
; VERSION is the program's version (desktop/__init__.py); the workflow reads it from there.
; Installs for all users into Program Files\DoanDesk (administrator rights), with a
; Start-menu shortcut and, unless unticked, a desktop shortcut. The officer's data lives
; elsewhere, in %LOCALAPPDATA%\DoanDesk (platformdirs' user data folder): installing,
; upgrading and uninstalling never touch it, except that the uninstaller removes it when
; the user ticks "Xóa cả dữ liệu" for that purpose.
;
; This file is UTF-8 with a byte-order mark: makensis reads it as UTF-8 only with the mark.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Thiếu phiên bản: makensis /DVERSION=x.y.z installer\doandesk.nsi"
!endif

!define APP_NAME "DoanDesk"
!define APP_EXE "DoanDesk.exe"
!define CLI_EXE "DoanDesk-cli.exe"
!define PUBLISHER "DoanDesk"
!define SOURCE_DIR "..\dist\DoanDesk"
!define ICON_FILE "..\resources\icons\doandesk.ico"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define SETTINGS_KEY "Software\${APP_NAME}"
; platformdirs.user_data_dir("DoanDesk", appauthor=False) on Windows.
!define DATA_DIR "$LOCALAPPDATA\${APP_NAME}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "..\dist\${APP_NAME}-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

; --- version resource (Properties → Details of the setup program) --------------------

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"

; --- pages ----------------------------------------------------------------------------

!define MUI_ABORTWARNING
!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_UNCOMPONENTSPAGE_NODESC
; The language chosen at install is remembered for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT "HKLM"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
; No "run DoanDesk now" box: started from the elevated installer the program would run
; as administrator, and could then open another account's data folder.

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- our own texts ---------------------------------------------------------------------

LangString SEC_PROGRAM ${LANG_VIETNAMESE} "Chương trình DoanDesk"
LangString SEC_PROGRAM ${LANG_ENGLISH} "DoanDesk program"
LangString SEC_DESKTOP ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString UNSEC_PROGRAM ${LANG_VIETNAMESE} "Gỡ chương trình DoanDesk"
LangString UNSEC_PROGRAM ${LANG_ENGLISH} "Remove the DoanDesk program"
LangString UNSEC_DATA ${LANG_VIETNAMESE} "Xóa cả dữ liệu (cơ sở dữ liệu, bản sao lưu, nhật ký)"
LangString UNSEC_DATA ${LANG_ENGLISH} "Also delete the data (database, backups, logs)"
LangString SHORTCUT_DESCRIPTION ${LANG_VIETNAMESE} "Quản lý đoàn viên, hội nghị, điểm danh và báo cáo"
LangString SHORTCUT_DESCRIPTION ${LANG_ENGLISH} "Members, conferences, attendance and reports"
LangString NEEDS_64BIT ${LANG_VIETNAMESE} "DoanDesk cần Windows 64 bit."
LangString NEEDS_64BIT ${LANG_ENGLISH} "DoanDesk needs 64-bit Windows."
LangString CONFIRM_DELETE_DATA ${LANG_VIETNAMESE} "Xóa vĩnh viễn toàn bộ dữ liệu DoanDesk trong $\r$\n${DATA_DIR}?$\r$\n$\r$\nDanh sách đoàn viên, hội nghị và các bản sao lưu trong thư mục này sẽ mất, không khôi phục được."
LangString CONFIRM_DELETE_DATA ${LANG_ENGLISH} "Permanently delete all DoanDesk data in$\r$\n${DATA_DIR}?$\r$\n$\r$\nThe member lists, conferences and the backups in this folder will be lost for good."
LangString DATA_KEPT ${LANG_VIETNAMESE} "Dữ liệu được giữ lại trong ${DATA_DIR}."
LangString DATA_KEPT ${LANG_ENGLISH} "The data is kept in ${DATA_DIR}."

VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; --- install ---------------------------------------------------------------------------

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle whole: a library left over from an older version
  ; could be loaded instead of the new one.
  RMDir /r "$INSTDIR\_internal"
  File "${SOURCE_DIR}\${APP_EXE}"
  File "${SOURCE_DIR}\${CLI_EXE}"
  File /r "${SOURCE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"

  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"
SectionEnd

; --- uninstall -------------------------------------------------------------------------

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "un.$(UNSEC_PROGRAM)" UnSecProgram
  SectionIn RO
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there: the folder may have been chosen by hand and hold
  ; other files.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
SectionEnd

; Unticked by default: the officer's records survive an uninstall (or a reinstall) unless
; they ask otherwise, and are asked once more before anything is deleted. The folder is
; the one of the account that runs the uninstaller.
Section /o "un.$(UNSEC_DATA)" UnSecData
  SetShellVarContext current
  ${If} ${FileExists} "${DATA_DIR}\*.*"
    ; /SD IDNO: a silent uninstall (/S) never deletes data, whatever it was given.
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(CONFIRM_DELETE_DATA)" /SD IDNO IDYES delete_data
    DetailPrint "$(DATA_KEPT)"
    Goto data_done
    delete_data:
      RMDir /r "${DATA_DIR}"
    data_done:
  ${EndIf}
SectionEnd
