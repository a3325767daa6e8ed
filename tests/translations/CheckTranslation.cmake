# Runs lupdate over the sources into a copy of TS_FILE and fails when the copy holds a message
# that is unfinished, obsolete or vanished, naming each one's source text.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(_name "${TS_FILE}" NAME)
set(_copy "${WORK_DIR}/${_name}")
file(COPY_FILE "${TS_FILE}" "${_copy}")
execute_process(
    COMMAND "${LUPDATE}" -silent -I "${INCLUDE_DIR}" "@${SOURCES_LIST}" -locations relative -ts "${_copy}"
    RESULT_VARIABLE _status
    ERROR_VARIABLE _errors)
if(NOT _status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_status}): ${_errors}")
endif()
file(READ "${_copy}" _ts)
# Semicolons and brackets would split or join CMake list items: set them aside.
string(REPLACE ";" "@SEMICOLON@" _ts "${_ts}")
string(REPLACE "[" "@OPEN@" _ts "${_ts}")
string(REPLACE "]" "@CLOSE@" _ts "${_ts}")
# One message per list item: <message ...> ... </message>
string(REGEX MATCHALL "<message[^>]*>.*</message>" _all "${_ts}")
string(REPLACE "</message>" "</message>;" _messages "${_all}")
set(_bad "")
foreach(_message IN LISTS _messages)
    if(_message MATCHES "type=\"(unfinished|obsolete|vanished)\"")
        set(_kind "${CMAKE_MATCH_1}")
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${_message}")
        set(_source "${CMAKE_MATCH_1}")
        string(REPLACE "@SEMICOLON@" ";" _source "${_source}")
        string(REPLACE "@OPEN@" "[" _source "${_source}")
        string(REPLACE "@CLOSE@" "]" _source "${_source}")
        string(APPEND _bad "\n  ${_kind}: ${_source}")
    endif()
endforeach()
if(NOT _bad STREQUAL "")
    message(FATAL_ERROR "${_name} is not complete for today's sources:${_bad}\n"
        "Run `cmake --build --preset ci --target update_translations` and translate what it marks unfinished.")
endif()
message(STATUS "${_name}: every message translated")
