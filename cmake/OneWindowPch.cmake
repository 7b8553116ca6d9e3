# Precompiled headers (ONEWINDOW_PCH, on by default): after every target is defined, each target that
# called onewindow_target_defaults() and compiles at least three files of its own gets a precompiled
# header of the Qt headers most of its files include, plus Catch2 for the tests and the common widget
# headers for targets on Qt Widgets. Chosen from the target's direct link libraries. The headers are
# force-included into every file of the target, so a file that forgets an include still compiles:
# configure with -DONEWINDOW_PCH=OFF to check the includes.

set(ONEWINDOW_PCH_CORE <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
                       <QObject> <QString> <QStringList> <QVariant>)
set(ONEWINDOW_PCH_WIDGETS <QWidget> <QLabel> <QLineEdit> <QPushButton> <QHBoxLayout> <QVBoxLayout>)
set(ONEWINDOW_PCH_TEST <catch2/catch.hpp>)
set(ONEWINDOW_PCH_MIN_SOURCES 3)

function(onewindow_precompile_target target)
    get_target_property(defaults ${target} ONEWINDOW_DEFAULTS)
    get_target_property(type ${target} TYPE)
    if(NOT defaults OR NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE)$")
        return()
    endif()
    get_target_property(sources ${target} SOURCES)
    list(FILTER sources INCLUDE REGEX "\\.cpp$")
    list(LENGTH sources count)
    if(count LESS ONEWINDOW_PCH_MIN_SOURCES)
        return() # building the header costs more than it saves
    endif()
    get_target_property(libraries ${target} LINK_LIBRARIES)
    set(headers ${ONEWINDOW_PCH_CORE})
    if(libraries MATCHES "(^|;)(Qt6::Widgets|onewindow_ui|onewindow_test_main_gui)(;|$)")
        list(APPEND headers ${ONEWINDOW_PCH_WIDGETS})
    endif()
    if(libraries MATCHES "(^|;)onewindow_test_main_(core|gui)(;|$)")
        list(APPEND headers ${ONEWINDOW_PCH_TEST})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# Applies onewindow_precompile_target() to the targets of a directory and of all its subdirectories.
function(onewindow_precompile_headers directory)
    get_property(targets DIRECTORY "${directory}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        onewindow_precompile_target(${target})
    endforeach()
    get_property(subdirectories DIRECTORY "${directory}" PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        onewindow_precompile_headers("${subdirectory}")
    endforeach()
endfunction()
