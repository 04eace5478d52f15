// Display tests run anywhere: when no X display is set, the test program starts itself again under
// `xvfb-run -a` (Mesa llvmpipe gives OpenGL 4.5 core there), so ctest needs no wrapper. Listing the
// tests (catch_discover_tests at build time) needs no display and is left alone.
#pragma once

#include "render/gl/offscreen.h"
#include "tests/render/gl/xvfb.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace bp::test
{

inline UnderXvfb under_xvfb;

// The GL context of a test program, made once.
inline gl::OffscreenContext& gl_context()
{
    static std::string error;
    static std::unique_ptr<gl::OffscreenContext> c = gl::OffscreenContext::create(&error);
    INFO(error);
    REQUIRE(c);
    return *c;
}

} // namespace bp::test
