# The English source of the translations, ui/translations/stepwise_en.ts, must hold exactly the
# strings the code passes to tr(): this updates a copy of it with lupdate, with the options
# ui/CMakeLists.txt gives qt_add_translations (what Qt's update_translations target does to the real
# file), and fails if that changed anything: a string missing, or one the code no longer has. Run by
# ctest as
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P translations_check.cmake
set(committed ${SOURCE_DIR}/ui/translations/stepwise_en.ts)
set(fresh ${WORK_DIR}/stepwise_en.ts)
file(COPY_FILE ${committed} ${fresh})
# The include path lets lupdate see the classes' namespaces (stepwise::ui::MainWindow, as tr() at run
# time names its context); -locations none keeps the file stable while code moves.
execute_process(COMMAND ${LUPDATE} ${SOURCE_DIR}/ui -I ${SOURCE_DIR} -source-language en -target-language en
                        -no-obsolete -locations none -ts ${fresh}
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ ${committed} have)
file(READ ${fresh} want)
if(NOT have STREQUAL want)
  execute_process(COMMAND diff -u ${committed} ${fresh} OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "ui/translations/stepwise_en.ts is out of date with the tr() strings in ui/; "
                      "run `cmake --build build --target update_translations`.\n${difference}")
endif()
string(REGEX MATCHALL "<source>" sources "${want}")
list(LENGTH sources count)
message(STATUS "stepwise_en.ts lists all ${count} strings")
