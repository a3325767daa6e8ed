# Runs `PROGRAM --screenshot OUT --size WxH` and checks that it exits 0 and writes a PNG of
# that size. Usage: cmake -DPROGRAM=path -DOUT=file.png -P CheckScreenshot.cmake
file(REMOVE "${OUT}")
execute_process(COMMAND "${PROGRAM}" --screenshot "${OUT}" --size 900x600
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "exit status ${status}\n${output}${errors}")
endif()
# Qt names the first thread that creates a Qt object its main thread; the catalogue's
# worker thread must not win that race.
if(errors MATCHES "was not created in the main\\(\\) thread")
    message(FATAL_ERROR "Qt's main thread is not the program's main thread:\n${errors}")
endif()
if(NOT EXISTS "${OUT}")
    message(FATAL_ERROR "${OUT} was not written")
endif()
# PNG: an 8-byte signature, then the IHDR chunk with width and height as 32-bit big-endian.
file(READ "${OUT}" header LIMIT 24 HEX)
string(SUBSTRING "${header}" 0 16 signature)
string(SUBSTRING "${header}" 32 16 size)
if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUT}: not a PNG (starts ${signature})")
endif()
if(NOT size STREQUAL "0000038400000258")
    message(FATAL_ERROR "${OUT}: expected 900x600 (0000038400000258), found ${size}")
endif()
