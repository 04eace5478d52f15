// Small owners of OpenGL objects (programs, buffers, vertex arrays, textures, framebuffers) that
// count the GPU memory they hold. Needs a current GL 3.3 core context with glad loaded.
#pragma once

#include <glad/gl.h>

#include <cstdint>
#include <string>
#include <vector>

namespace bp::gl
{

// GL state the window's own drawing (ImGui) may rely on, put back after the frame.
struct SavedGlState
{
    GLint fbo = 0, viewport[4] = {}, scissor_box[4] = {}, program = 0, vao = 0;
    GLboolean blend = GL_FALSE, depth = GL_FALSE, cull = GL_FALSE, scissor = GL_FALSE;
    SavedGlState()
    {
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &fbo);
        glGetIntegerv(GL_VIEWPORT, viewport);
        glGetIntegerv(GL_SCISSOR_BOX, scissor_box);
        glGetIntegerv(GL_CURRENT_PROGRAM, &program);
        glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vao);
        blend = glIsEnabled(GL_BLEND);
        depth = glIsEnabled(GL_DEPTH_TEST);
        cull = glIsEnabled(GL_CULL_FACE);
        scissor = glIsEnabled(GL_SCISSOR_TEST);
    }
    ~SavedGlState()
    {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(fbo));
        glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
        glScissor(scissor_box[0], scissor_box[1], scissor_box[2], scissor_box[3]);
        glUseProgram(static_cast<GLuint>(program));
        glBindVertexArray(static_cast<GLuint>(vao));
        auto set = [](GLenum cap, GLboolean on) { on ? glEnable(cap) : glDisable(cap); };
        set(GL_BLEND, blend);
        set(GL_DEPTH_TEST, depth);
        set(GL_CULL_FACE, cull);
        set(GL_SCISSOR_TEST, scissor);
        glDepthMask(GL_TRUE);
    }
};

// Bytes held by every live buffer and texture made here (FrameStats::gpu_bytes).
int64_t gpu_bytes();

class Program
{
public:
    Program() = default;
    Program(const char* name, const std::string& vertex, const std::string& fragment);
    ~Program();
    Program(Program&& o) noexcept;
    Program& operator=(Program&& o) noexcept;
    GLuint id() const { return id_; }
    GLint uniform(const char* name) const { return glGetUniformLocation(id_, name); }
    void use() const { glUseProgram(id_); }

private:
    GLuint id_ = 0;
};

// A vertex or instance buffer whose size is tracked; sub-ranges can be rewritten.
class Buffer
{
public:
    Buffer() = default;
    ~Buffer();
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    Buffer(Buffer&& o) noexcept;
    Buffer& operator=(Buffer&& o) noexcept;

    void upload(const void* data, size_t bytes, GLenum usage = GL_STATIC_DRAW);
    template <class T> void upload(const std::vector<T>& v, GLenum usage = GL_STATIC_DRAW)
    {
        upload(v.data(), v.size() * sizeof(T), usage);
    }
    void write(size_t offset, const void* data, size_t bytes);
    GLuint id() const { return id_; }
    size_t size() const { return bytes_; }

private:
    GLuint id_ = 0;
    size_t bytes_ = 0;
};

class VertexArray
{
public:
    VertexArray();
    ~VertexArray();
    VertexArray(const VertexArray&) = delete;
    VertexArray& operator=(const VertexArray&) = delete;
    void bind() const { glBindVertexArray(id_); }

private:
    GLuint id_ = 0;
};

// Float attribute `index` of `buffer`: `n` components of `type` at `offset` in a `stride`.
void attribute(GLuint index, const Buffer& buffer, int n, GLenum type, bool normalised, size_t stride, size_t offset,
               int divisor = 0);

// A single-channel texture (the glyph atlas) with mipmaps.
class Texture
{
public:
    Texture();
    ~Texture();
    Texture(const Texture&) = delete;
    Texture& operator=(const Texture&) = delete;
    void upload_r8(int w, int h, const uint8_t* pixels);
    // RGBA with its mipmap levels given (level k is max(1, w >> k) by max(1, h >> k)).
    void upload_rgba_levels(int w, int h, const std::vector<const uint32_t*>& levels);
    void write_rgba(int level, int x, int y, int w, int h, int row_texels, const uint32_t* pixels);
    GLuint id() const { return id_; }
    int width() const { return w_; }
    int height() const { return h_; }

private:
    GLuint id_ = 0;
    int w_ = 0, h_ = 0;
    size_t bytes_ = 0;
};

// An offscreen colour + depth target, multisampled or not (samples 0), blitted into the caller's
// framebuffer.
class MsaaTarget
{
public:
    MsaaTarget() = default;
    ~MsaaTarget();
    MsaaTarget(const MsaaTarget&) = delete;
    MsaaTarget& operator=(const MsaaTarget&) = delete;
    // (Re)creates the target at this size; false when the driver refuses it.
    bool ensure(int w, int h, int samples);
    void bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }
    int samples() const { return samples_; }

private:
    GLuint fbo_ = 0, colour_ = 0, depth_ = 0;
    int w_ = 0, h_ = 0, samples_ = 0;
    size_t bytes_ = 0;
    void release();
};

// An offscreen colour texture + depth target: moving frames drawn at a share of the resolution,
// then drawn scaled up onto the caller's framebuffer as one textured triangle, nearest texel
// (llvmpipe scales a blit twice as slowly, and filtering doubles it again).
class ScaledTarget
{
public:
    ScaledTarget() = default;
    ~ScaledTarget();
    ScaledTarget(const ScaledTarget&) = delete;
    ScaledTarget& operator=(const ScaledTarget&) = delete;
    bool ensure(int w, int h); // false when the driver refuses it
    void bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }
    GLuint texture() const { return colour_; }

private:
    GLuint fbo_ = 0, colour_ = 0, depth_ = 0;
    int w_ = 0, h_ = 0;
    size_t bytes_ = 0;
    void release();
};

// A depth-only target sampled with comparison (the shadow map).
class ShadowTarget
{
public:
    ShadowTarget() = default;
    ~ShadowTarget();
    ShadowTarget(const ShadowTarget&) = delete;
    ShadowTarget& operator=(const ShadowTarget&) = delete;
    bool ensure(int size);
    void bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }
    GLuint texture() const { return depth_; }
    int size() const { return size_; }

private:
    GLuint fbo_ = 0, depth_ = 0;
    int size_ = 0;
    size_t bytes_ = 0;
};

} // namespace bp::gl
