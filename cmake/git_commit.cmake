# BIZMAP_GIT_COMMIT: the commit the sources are checked out at (12 hex
# digits), for `bizmap --version`; empty outside a git checkout of bizmap
# itself, such as sources unpacked from an archive (inside another project's
# checkout too). Read when CMake configures, with no network; CMake configures
# again when the checkout moves to another commit.
set(BIZMAP_GIT_COMMIT "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    OUTPUT_VARIABLE bizmap_git_top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(GIT_FOUND AND bizmap_git_top)
  file(REAL_PATH "${bizmap_git_top}" bizmap_git_top)
  file(REAL_PATH "${CMAKE_CURRENT_SOURCE_DIR}" bizmap_source_top)
endif()
if(GIT_FOUND AND bizmap_git_top AND bizmap_git_top STREQUAL bizmap_source_top)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 --verify --quiet HEAD
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    OUTPUT_VARIABLE BIZMAP_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  # HEAD names the branch; the branch's file (or packed-refs) names the commit.
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --symbolic-full-name HEAD
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    OUTPUT_VARIABLE bizmap_git_ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  foreach(name HEAD ${bizmap_git_ref} packed-refs)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path ${name}
      WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
      OUTPUT_VARIABLE bizmap_git_file OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(bizmap_git_file AND EXISTS "${bizmap_git_file}")
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${bizmap_git_file}")
    endif()
  endforeach()
endif()
