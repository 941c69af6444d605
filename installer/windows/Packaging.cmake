# Windows installer (NSIS), included from installer/CMakeLists.txt on WIN32 only.
# installer/README.md has the whole recipe (vcpkg or Qt's installer, then `cpack -G NSIS`).
#
#  - `install` lays out bin/ with pishkhan-desk.exe, pishkhan-sandbox.exe (and pishkhanctl.exe),
#    the Qt DLLs and plugins (windeployqt), qtbase_fa.qm, every other DLL the executables need
#    (SQLCipher, curl, OpenSSL, libqrencode, QtKeychain: file(GET_RUNTIME_DEPENDENCIES)) and
#    the MSVC runtime (InstallRequiredSystemLibraries);
#  - the installer speaks Persian (the default) and English, asks which on start, and
#    installs per machine under Program Files;
#  - the uninstall key is a fixed GUID, so a new version finds and silently removes the old
#    one before installing (the store is not in the install folder and stays);
#  - the uninstaller keeps the user's data folder unless the user ticks "yes" to removing it
#    (a silent uninstall, as during an upgrade, always keeps it).

# Never change this: it is how a newer installer recognises an installed older version.
set(PISHKHAN_UPGRADE_GUID "{6F0B7E52-3C1D-4B8E-9A57-2D4C1E9F8A30}")

# Where the non-Qt DLLs are looked up at install time. With the vcpkg toolchain that is the
# triplet's bin folder; otherwise pass -DPISHKHAN_RUNTIME_DLL_DIRS=... (a CMake list).
set(default_dll_dirs)
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND default_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
if(DEFINED QT6_INSTALL_PREFIX)
    list(APPEND default_dll_dirs "${QT6_INSTALL_PREFIX}/bin")
endif()
set(PISHKHAN_RUNTIME_DLL_DIRS "${default_dll_dirs}"
    CACHE STRING "Folders holding the DLLs the executables load (vcpkg bin, Qt bin, ...)")

if(TARGET Qt6::windeployqt)
    set(windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(PISHKHAN_WINDEPLOYQT windeployqt
        HINTS "${QT6_INSTALL_PREFIX}/bin" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin" REQUIRED)
    set(windeployqt "${PISHKHAN_WINDEPLOYQT}")
endif()

set(deploy_targets pishkhan-desk pishkhan-sandbox)
if(TARGET pishkhanctl)
    list(APPEND deploy_targets pishkhanctl)
endif()
set(deploy_exes)
foreach(t ${deploy_targets})
    list(APPEND deploy_exes "\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:${t}>")
endforeach()

# Qt: DLLs, platform/style/TLS/print plugins and Qt's own Persian and English catalogues
# (Localization loads qtbase_fa.qm from QLibraryInfo's translations folder, which is
# bin/translations next to a deployed executable).
install(CODE "
    message(STATUS \"windeployqt: \${CMAKE_INSTALL_PREFIX}/bin\")
    execute_process(COMMAND \"${windeployqt}\" --release --no-compiler-runtime
            --no-opengl-sw --no-system-d3d-compiler --translations fa,en
            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" ${deploy_exes}
        COMMAND_ERROR_IS_FATAL ANY)
")

# Everything else the executables load, found the way the loader would, minus Windows' own.
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${deploy_exes}
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES ${PISHKHAN_RUNTIME_DLL_DIRS}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
        POST_EXCLUDE_REGEXES \"[Ww][Ii][Nn][Dd][Oo][Ww][Ss].[Ss][Yy][Ss][Tt][Ee][Mm]32\")
    foreach(dll \${resolved})
        file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
    endforeach()
    if(unresolved)
        message(FATAL_ERROR \"DLLs not found (set PISHKHAN_RUNTIME_DLL_DIRS): \${unresolved}\")
    endif()
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# NSIS itself.
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Pishkhan Desk")
set(CPACK_NSIS_DISPLAY_NAME "Pishkhan Desk ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${PISHKHAN_UPGRADE_GUID}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_ICON "${icons_dir}/ir.pishkhan.Desk.ico")
set(CPACK_NSIS_MUI_UNIICON "${icons_dir}/ir.pishkhan.Desk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pishkhan-desk.exe")
set(CPACK_NSIS_CONTACT "${PISHKHAN_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "pishkhan-desk.exe")
# The WiX generator, should someone build an .msi instead, keeps the same identity.
set(CPACK_WIX_UPGRADE_GUID "6F0B7E52-3C1D-4B8E-9A57-2D4C1E9F8A30")

# Start menu: the app, and the app in training mode.
set(CPACK_PACKAGE_EXECUTABLES "pishkhan-desk" "Pishkhan Desk")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Pishkhan Desk (training).lnk' '$INSTDIR\\\\bin\\\\pishkhan-desk.exe' '--training'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$MUI_TEMP\\\\Pishkhan Desk (training).lnk'")

# The user's data (QStandardPaths::AppDataLocation = %APPDATA%\Pishkhan\pishkhan-desk) holds
# the encrypted store and its pre-upgrade copies. It is never inside $INSTDIR, so the
# uninstaller only removes it on an explicit "yes"; the default button and a silent run say no.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  ReadEnvStr $R0 APPDATA
  StrCmp $R0 '' pishkhan_keep_data
  IfFileExists '$R0\\\\Pishkhan\\\\pishkhan-desk\\\\*.*' 0 pishkhan_keep_data
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 '$(PISHKHAN_REMOVE_DATA)' /SD IDNO IDNO pishkhan_keep_data
  RMDir /r '$R0\\\\Pishkhan\\\\pishkhan-desk'
  RMDir '$R0\\\\Pishkhan'
  pishkhan_keep_data:
")

# Persian first: CMake's own NSIS template, with the language list cut to Farsi (the default)
# and English, a language dialog at start, Unicode on, and our strings (a UTF-8 file with a
# BOM) included. Made from the running CMake's template, so it follows CMake upgrades.
set(nsis_dir ${CMAKE_CURRENT_BINARY_DIR}/nsis)
file(READ "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in" template)
string(REGEX REPLACE "[ \t]*!insertmacro MUI_LANGUAGE \"[A-Za-z]+\"[^\n]*\n" "" template
    "${template}")
set(languages "  !insertmacro MUI_LANGUAGE \"Farsi\" ;first language is the default language
  !insertmacro MUI_LANGUAGE \"English\"
  !include /CHARSET=UTF8 \"${CMAKE_CURRENT_SOURCE_DIR}/windows/strings.nsh\"
")
foreach(anchor ";Reserve Files" "Function .onInit\n")
    string(FIND "${template}" "${anchor}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "CMake's NSIS template has no '${anchor}'; update windows/Packaging.cmake")
    endif()
endforeach()
string(REPLACE ";Reserve Files" "${languages};Reserve Files" template "${template}")
string(REPLACE "Function .onInit\n" "Function .onInit\n  !insertmacro MUI_LANGDLL_DISPLAY\n"
    template "${template}")
# The template starts with a UTF-8 byte order mark; "Unicode true" must come after it and
# before anything else.
string(ASCII 239 187 191 bom)
string(FIND "${template}" "${bom}" bom_at)
if(bom_at EQUAL 0)
    string(LENGTH "${bom}" bom_length)
    string(SUBSTRING "${template}" ${bom_length} -1 template)
endif()
file(WRITE ${nsis_dir}/NSIS.template.in "${bom}Unicode true\n${template}")
# CPack looks for NSIS.template.in on CPACK_MODULE_PATH, which defaults to CMAKE_MODULE_PATH.
list(PREPEND CMAKE_MODULE_PATH ${nsis_dir})
