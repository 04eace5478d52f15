// Rendering without a window on screen (`boothplan render`, golden-image tests, benchmarks): a
// hidden GLFW window gives an OpenGL 3.3 core context (Mesa llvmpipe under `xvfb-run -a`), and an
// image target is drawn into and read back as an RGBA picture. The only use of GLFW in render/.
#pragma once

#include "renderer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace bp::gl
{

class OffscreenContext
{
public:
    // nullptr with *error set when there is no display or no GL 3.3 core context.
    static std::unique_ptr<OffscreenContext> create(std::string* error);
    ~OffscreenContext();
    OffscreenContext(const OffscreenContext&) = delete;
    OffscreenContext& operator=(const OffscreenContext&) = delete;
    std::string renderer_name() const; // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

private:
    OffscreenContext() = default;
    void* window_ = nullptr;
};

// A picture read back from the GPU: rows from the top, four bytes (r, g, b, a) a pixel.
struct Image
{
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    uint32_t pixel(int x, int y) const; // 0xRRGGBB
};

// A framebuffer of w x h pixels to draw a view into (needs a current context).
class ImageTarget
{
public:
    ImageTarget(int w, int h);
    ~ImageTarget();
    ImageTarget(const ImageTarget&) = delete;
    ImageTarget& operator=(const ImageTarget&) = delete;
    void bind() const;
    Image read() const; // waits for the GPU
    int w() const { return w_; }
    int h() const { return h_; }

private:
    int w_, h_;
    unsigned fbo_ = 0, colour_ = 0, depth_ = 0;
};

// Draws the view of the renderer (as placed) into a new picture of w x h.
Image render_image(Renderer& renderer, ViewKind view, int w, int h);

// PNG through Cairo; throws std::runtime_error when the file cannot be written.
void write_png(const Image& image, const std::string& path);
Image read_png(const std::string& path); // empty image when it cannot be read

} // namespace bp::gl
