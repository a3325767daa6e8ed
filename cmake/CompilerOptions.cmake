# Shared compile options, carried by one INTERFACE target that every project target links.
add_library(acu_options INTERFACE)
add_library(acu::options ALIAS acu_options)

target_compile_options(acu_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
    $<$<AND:$<BOOL:${ACU_WARNINGS_AS_ERRORS}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

target_compile_definitions(acu_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# ACU_SANITIZE: AddressSanitizer and UndefinedBehaviorSanitizer on every project target; any
# report stops the program, so a test that triggers one fails.
if(ACU_SANITIZE)
    target_compile_options(acu_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(acu_options INTERFACE -fsanitize=address,undefined)
endif()
