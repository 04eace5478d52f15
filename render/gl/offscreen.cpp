// The hidden GLFW window, image targets and PNG files of rendered views.
#include "offscreen.h"

#include "gl_util.h"

#include <GLFW/glfw3.h>
#include <cairo.h>

#include <cstring>
#include <stdexcept>

namespace bp::gl
{

namespace
{
std::string g_glfw_error;

void on_glfw_error(int, const char* message)
{
    g_glfw_error = message ? message : "";
}
} // namespace

std::unique_ptr<OffscreenContext> OffscreenContext::create(std::string* error)
{
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
    {
        *error = "no display for OpenGL (" + g_glfw_error + "); run under `xvfb-run -a`";
        return nullptr;
    }
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* w = glfwCreateWindow(64, 64, "boothplan offscreen", nullptr, nullptr);
    if (!w)
    {
        *error = "no OpenGL 3.3 core context (" + g_glfw_error + ")";
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(w);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress)))
    {
        *error = "cannot load the OpenGL functions";
        glfwDestroyWindow(w);
        glfwTerminate();
        return nullptr;
    }
    std::unique_ptr<OffscreenContext> c(new OffscreenContext);
    c->window_ = w;
    return c;
}

OffscreenContext::~OffscreenContext()
{
    glfwDestroyWindow(static_cast<GLFWwindow*>(window_));
    glfwTerminate();
}

std::string OffscreenContext::renderer_name() const
{
    const GLubyte* s = glGetString(GL_RENDERER);
    return s ? reinterpret_cast<const char*>(s) : "";
}

uint32_t Image::pixel(int x, int y) const
{
    size_t i = (static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 4;
    return static_cast<uint32_t>(rgba[i]) << 16 | static_cast<uint32_t>(rgba[i + 1]) << 8 | rgba[i + 2];
}

ImageTarget::ImageTarget(int w, int h) : w_(w), h_(h)
{
    glGenFramebuffers(1, &fbo_);
    glGenRenderbuffers(1, &colour_);
    glGenRenderbuffers(1, &depth_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glBindRenderbuffer(GL_RENDERBUFFER, depth_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error("cannot make a " + std::to_string(w) + " x " + std::to_string(h) + " image target");
}

ImageTarget::~ImageTarget()
{
    glDeleteFramebuffers(1, &fbo_);
    glDeleteRenderbuffers(1, &colour_);
    glDeleteRenderbuffers(1, &depth_);
}

void ImageTarget::bind() const
{
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
}

Image ImageTarget::read() const
{
    Image img{w_, h_, std::vector<uint8_t>(static_cast<size_t>(w_) * static_cast<size_t>(h_) * 4)};
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    std::vector<uint8_t> rows(img.rgba.size());
    glReadPixels(0, 0, w_, h_, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
    // GL's rows go upwards; pictures go down.
    size_t stride = static_cast<size_t>(w_) * 4;
    for (int y = 0; y < h_; ++y)
        std::memcpy(&img.rgba[static_cast<size_t>(y) * stride], &rows[static_cast<size_t>(h_ - 1 - y) * stride],
                    stride);
    return img;
}

Image render_image(Renderer& renderer, ViewKind view, int w, int h)
{
    ImageTarget target(w, h);
    target.bind();
    renderer.draw(view, ScreenRect{0, 0, static_cast<float>(w), static_cast<float>(h)}, w, h);
    glFinish();
    return target.read();
}

void write_png(const Image& image, const std::string& path)
{
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.w, image.h);
    cairo_surface_flush(s);
    unsigned char* data = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    for (int y = 0; y < image.h; ++y)
        for (int x = 0; x < image.w; ++x)
        {
            uint32_t* px = reinterpret_cast<uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride) + x;
            *px = image.pixel(x, y);
        }
    cairo_surface_mark_dirty(s);
    cairo_status_t st = cairo_surface_write_to_png(s, path.c_str());
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("cannot write " + path + ": " + cairo_status_to_string(st));
}

Image read_png(const std::string& path)
{
    cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
    Image img;
    if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS)
    {
        img.w = cairo_image_surface_get_width(s);
        img.h = cairo_image_surface_get_height(s);
        img.rgba.resize(static_cast<size_t>(img.w) * static_cast<size_t>(img.h) * 4);
        cairo_surface_flush(s);
        const unsigned char* data = cairo_image_surface_get_data(s);
        int stride = cairo_image_surface_get_stride(s);
        for (int y = 0; y < img.h; ++y)
            for (int x = 0; x < img.w; ++x)
            {
                uint32_t px = *(reinterpret_cast<const uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride) + x);
                uint8_t* o =
                    &img.rgba[(static_cast<size_t>(y) * static_cast<size_t>(img.w) + static_cast<size_t>(x)) * 4];
                o[0] = static_cast<uint8_t>(px >> 16);
                o[1] = static_cast<uint8_t>(px >> 8);
                o[2] = static_cast<uint8_t>(px);
                o[3] = 255;
            }
    }
    cairo_surface_destroy(s);
    return img;
}

} // namespace bp::gl
