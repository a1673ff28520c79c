# One INTERFACE target carries the language standard, warnings and Qt defines
# for every Spoke target (qBittorrent's qbt_common_cfg is the model).
add_library(spoke_settings INTERFACE)
target_compile_features(spoke_settings INTERFACE cxx_std_20)
target_compile_options(spoke_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2
    $<$<BOOL:${SPOKE_WERROR}>:-Werror>)
target_compile_definitions(spoke_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPOKE_VERSION="${PROJECT_VERSION}")
option(SPOKE_WERROR "Treat warnings as errors" OFF)
