# What `cmake --install` puts where, and the .deb that `cpack -G DEB` builds from it: the
# program, its desktop entry, AppStream metadata, icons (scalable, plus PNG sizes drawn from
# the SVG by rsvg-convert) and a man page (made from --help by help2man).
include(GNUInstallDirs)

set(ACU_APP_ID org.acupointatlas.atlas)
set(_assets "${PROJECT_SOURCE_DIR}/assets")

install(TARGETS acupoint-atlas RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${_assets}/desktop/${ACU_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${_assets}/desktop/${ACU_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${_assets}/icons/${ACU_APP_ID}.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

find_program(ACU_RSVG_CONVERT rsvg-convert)
find_program(ACU_HELP2MAN help2man)
if(ACU_RSVG_CONVERT AND ACU_HELP2MAN)
    set(_icons)
    foreach(_size 16 24 32 48 64 128 256 512)
        set(_png "${PROJECT_BINARY_DIR}/icons/${_size}x${_size}/${ACU_APP_ID}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/icons/${_size}x${_size}"
            COMMAND "${ACU_RSVG_CONVERT}" -w ${_size} -h ${_size} -o "${_png}" "${_assets}/icons/${ACU_APP_ID}.svg"
            DEPENDS "${_assets}/icons/${ACU_APP_ID}.svg"
            COMMENT "Drawing the ${_size} px icon"
            VERBATIM)
        list(APPEND _icons "${_png}")
        install(FILES "${_png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
    endforeach()

    set(_man "${PROJECT_BINARY_DIR}/man/acupoint-atlas.1")
    add_custom_command(OUTPUT "${_man}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
        # In English whatever the builder's language or saved View > Language choice.
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8
                "XDG_CONFIG_HOME=${PROJECT_BINARY_DIR}/man"
                "${ACU_HELP2MAN}" --no-info --no-discard-stderr
                "--name=a desktop reference for acupressure points"
                "--include=${PROJECT_SOURCE_DIR}/docs/acupoint-atlas.h2m"
                "--output=${_man}" $<TARGET_FILE:acupoint-atlas>
        DEPENDS acupoint-atlas "${PROJECT_SOURCE_DIR}/docs/acupoint-atlas.h2m"
        COMMENT "Writing the man page from --help"
        VERBATIM)
    add_custom_target(acu_install_files ALL DEPENDS ${_icons} "${_man}")
    install(FILES "${_man}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "rsvg-convert or help2man not found: the PNG icons and the man page are not built "
                   "(setup.sh installs librsvg2-bin and help2man)")
endif()

# The Debian package: its library dependencies are worked out by dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME acupoint-atlas)
set(CPACK_PACKAGE_VENDOR "Acupoint Atlas")
set(CPACK_PACKAGE_CONTACT "Acupoint Atlas <maintainers@acupointatlas.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Shows where acupressure points lie on a body map, how to find and press them, and the\n"
    "cautions that go with them, pregnancy first, with the source of every statement.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://acupointatlas.org")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk")
include(CPack)
