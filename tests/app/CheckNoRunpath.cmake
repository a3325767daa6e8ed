# Fails if the ELF file PROGRAM carries an RPATH or RUNPATH (see the top-level CMakeLists.txt).
# Usage: cmake -DPROGRAM=path -P CheckNoRunpath.cmake
file(READ_ELF "${PROGRAM}" RPATH rpath RUNPATH runpath)
if(DEFINED rpath OR DEFINED runpath)
    message(FATAL_ERROR "${PROGRAM}: has RPATH \"${rpath}\" RUNPATH \"${runpath}\", expected none")
endif()
message(STATUS "${PROGRAM}: no RPATH or RUNPATH")
