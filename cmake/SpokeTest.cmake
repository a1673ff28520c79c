# spoke_add_test(NAME name SOURCES ... [LIBS ...] [LABELS ...] [ENV ...])
# Every test runs offscreen with a private HOME and XDG folders under the build tree,
# so no test ever touches the real home of whoever runs it.
function(spoke_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE spoke_settings Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(home "${CMAKE_BINARY_DIR}/test-home/${T_NAME}")
    file(MAKE_DIRECTORY "${home}/runtime")
    file(CHMOD "${home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(labels ${T_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;TMPDIR=${home}/tmp;SPOKE_SOURCE_DIR=${PROJECT_SOURCE_DIR};SPOKE_BINARY_DIR=${CMAKE_BINARY_DIR};${T_ENV}")
    file(MAKE_DIRECTORY "${home}/tmp")
endfunction()
