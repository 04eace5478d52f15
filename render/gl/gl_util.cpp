// GL object owners; shader errors are bugs of ours, reported with the shader's log.
#include "gl_util.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace bp::gl
{

namespace
{
int64_t g_bytes = 0;

GLuint compile(GLenum kind, const std::string& src, const char* name)
{
    GLuint s = glCreateShader(kind);
    const char* text = src.c_str();
    glShaderSource(s, 1, &text, nullptr);
    glCompileShader(s);
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok)
    {
        char log[2048];
        glGetShaderInfoLog(s, sizeof log, nullptr, log);
        glDeleteShader(s);
        throw std::logic_error(std::string("shader ") + name +
                               (kind == GL_VERTEX_SHADER ? " (vertex)" : " (fragment)") + " does not compile: " + log);
    }
    return s;
}
} // namespace

int64_t gpu_bytes()
{
    return g_bytes;
}

Program::Program(const char* name, const std::string& vertex, const std::string& fragment)
{
    GLuint vs = compile(GL_VERTEX_SHADER, vertex, name), fs = compile(GL_FRAGMENT_SHADER, fragment, name);
    id_ = glCreateProgram();
    glAttachShader(id_, vs);
    glAttachShader(id_, fs);
    glLinkProgram(id_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(id_, GL_LINK_STATUS, &ok);
    if (!ok)
    {
        char log[2048];
        glGetProgramInfoLog(id_, sizeof log, nullptr, log);
        throw std::logic_error(std::string("shader ") + name + " does not link: " + log);
    }
}

Program::~Program()
{
    if (id_)
        glDeleteProgram(id_);
}

Program::Program(Program&& o) noexcept : id_(std::exchange(o.id_, 0)) {}

Program& Program::operator=(Program&& o) noexcept
{
    std::swap(id_, o.id_);
    return *this;
}

Buffer::~Buffer()
{
    if (id_)
    {
        glDeleteBuffers(1, &id_);
        g_bytes -= static_cast<int64_t>(bytes_);
    }
}

Buffer::Buffer(Buffer&& o) noexcept : id_(std::exchange(o.id_, 0)), bytes_(std::exchange(o.bytes_, 0)) {}

Buffer& Buffer::operator=(Buffer&& o) noexcept
{
    std::swap(id_, o.id_);
    std::swap(bytes_, o.bytes_);
    return *this;
}

void Buffer::upload(const void* data, size_t bytes, GLenum usage)
{
    if (!id_)
        glGenBuffers(1, &id_);
    glBindBuffer(GL_ARRAY_BUFFER, id_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes), bytes ? data : nullptr, usage);
    g_bytes += static_cast<int64_t>(bytes) - static_cast<int64_t>(bytes_);
    bytes_ = bytes;
}

void Buffer::write(size_t offset, const void* data, size_t bytes)
{
    glBindBuffer(GL_ARRAY_BUFFER, id_);
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(offset), static_cast<GLsizeiptr>(bytes), data);
}

VertexArray::VertexArray()
{
    glGenVertexArrays(1, &id_);
}

VertexArray::~VertexArray()
{
    glDeleteVertexArrays(1, &id_);
}

void attribute(GLuint index, const Buffer& buffer, int n, GLenum type, bool normalised, size_t stride, size_t offset,
               int divisor)
{
    glBindBuffer(GL_ARRAY_BUFFER, buffer.id());
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, n, type, normalised ? GL_TRUE : GL_FALSE, static_cast<GLsizei>(stride),
                          reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(index, static_cast<GLuint>(divisor));
}

Texture::Texture()
{
    glGenTextures(1, &id_);
}

Texture::~Texture()
{
    glDeleteTextures(1, &id_);
    g_bytes -= static_cast<int64_t>(bytes_);
}

void Texture::upload_r8(int w, int h, const uint8_t* pixels)
{
    glBindTexture(GL_TEXTURE_2D, id_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    size_t bytes = static_cast<size_t>(w) * static_cast<size_t>(h) * 4 / 3; // with its mipmaps
    g_bytes += static_cast<int64_t>(bytes) - static_cast<int64_t>(bytes_);
    bytes_ = bytes;
    w_ = w;
    h_ = h;
}

void Texture::upload_rgba_levels(int w, int h, const std::vector<const uint32_t*>& levels)
{
    glBindTexture(GL_TEXTURE_2D, id_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    size_t bytes = 0;
    for (size_t k = 0; k < levels.size(); ++k)
    {
        int lw = std::max(1, w >> k), lh = std::max(1, h >> k);
        glTexImage2D(GL_TEXTURE_2D, static_cast<GLint>(k), GL_RGBA8, lw, lh, 0, GL_RGBA, GL_UNSIGNED_BYTE, levels[k]);
        bytes += static_cast<size_t>(lw) * static_cast<size_t>(lh) * 4;
    }
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(levels.size()) - 1);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    g_bytes += static_cast<int64_t>(bytes) - static_cast<int64_t>(bytes_);
    bytes_ = bytes;
    w_ = w;
    h_ = h;
}

void Texture::write_rgba(int level, int x, int y, int w, int h, int row_texels, const uint32_t* pixels)
{
    glBindTexture(GL_TEXTURE_2D, id_);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, row_texels);
    glTexSubImage2D(GL_TEXTURE_2D, level, x, y, w, h, GL_RGBA, GL_UNSIGNED_BYTE,
                    pixels + static_cast<ptrdiff_t>(y) * row_texels + x);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
}

MsaaTarget::~MsaaTarget()
{
    release();
}

void MsaaTarget::release()
{
    if (fbo_)
    {
        glDeleteFramebuffers(1, &fbo_);
        glDeleteRenderbuffers(1, &colour_);
        glDeleteRenderbuffers(1, &depth_);
        g_bytes -= static_cast<int64_t>(bytes_);
    }
    fbo_ = colour_ = depth_ = 0;
    bytes_ = 0;
}

bool MsaaTarget::ensure(int w, int h, int samples)
{
    if (fbo_ && w == w_ && h == h_ && samples == samples_)
        return true;
    release();
    glGenFramebuffers(1, &fbo_);
    glGenRenderbuffers(1, &colour_);
    glGenRenderbuffers(1, &depth_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, w, h);
    glBindRenderbuffer(GL_RENDERBUFFER, depth_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
    bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    w_ = w;
    h_ = h;
    samples_ = samples;
    bytes_ = static_cast<size_t>(w) * static_cast<size_t>(h) * 8 * static_cast<size_t>(std::max(samples, 1));
    g_bytes += static_cast<int64_t>(bytes_);
    if (!ok)
        release();
    return ok;
}

ScaledTarget::~ScaledTarget()
{
    release();
}

void ScaledTarget::release()
{
    if (fbo_)
    {
        glDeleteFramebuffers(1, &fbo_);
        glDeleteTextures(1, &colour_);
        glDeleteRenderbuffers(1, &depth_);
        g_bytes -= static_cast<int64_t>(bytes_);
    }
    fbo_ = colour_ = depth_ = 0;
    bytes_ = 0;
}

bool ScaledTarget::ensure(int w, int h)
{
    if (fbo_ && w == w_ && h == h_)
        return true;
    release();
    glGenFramebuffers(1, &fbo_);
    glGenTextures(1, &colour_);
    glGenRenderbuffers(1, &depth_);
    glBindTexture(GL_TEXTURE_2D, colour_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindRenderbuffer(GL_RENDERBUFFER, depth_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth_);
    bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    w_ = w;
    h_ = h;
    bytes_ = static_cast<size_t>(w) * static_cast<size_t>(h) * 8;
    g_bytes += static_cast<int64_t>(bytes_);
    if (!ok)
        release();
    return ok;
}

ShadowTarget::~ShadowTarget()
{
    if (fbo_)
    {
        glDeleteFramebuffers(1, &fbo_);
        glDeleteTextures(1, &depth_);
        g_bytes -= static_cast<int64_t>(bytes_);
    }
}

bool ShadowTarget::ensure(int size)
{
    if (fbo_ && size == size_)
        return true;
    if (!fbo_)
    {
        glGenFramebuffers(1, &fbo_);
        glGenTextures(1, &depth_);
    }
    glBindTexture(GL_TEXTURE_2D, depth_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_DEPTH_COMPONENT24, size, size, 0, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_BORDER);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_BORDER);
    const float white[4] = {1, 1, 1, 1};
    glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, white);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_MODE, GL_COMPARE_REF_TO_TEXTURE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_FUNC, GL_LEQUAL);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, depth_, 0);
    glDrawBuffer(GL_NONE);
    glReadBuffer(GL_NONE);
    bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    g_bytes -= static_cast<int64_t>(bytes_);
    bytes_ = static_cast<size_t>(size) * static_cast<size_t>(size) * 4;
    g_bytes += static_cast<int64_t>(bytes_);
    size_ = size;
    return ok;
}

} // namespace bp::gl
