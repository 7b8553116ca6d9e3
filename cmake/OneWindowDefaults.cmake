# Project-wide compiler settings and the helper every OneWindow target calls.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_AUTOMOC ON)

if(ONEWINDOW_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()

# Applies the conventions of docs/architecture.md to one target: Qt's strict string casts,
# no deprecated Qt API, and the warning set (errors under ONEWINDOW_WERROR).
function(onewindow_target_defaults target)
    set_property(TARGET ${target} PROPERTY ONEWINDOW_DEFAULTS ON) # for onewindow_precompile_headers()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
                                             -Woverloaded-virtual -Wimplicit-fallthrough)
    if(ONEWINDOW_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
