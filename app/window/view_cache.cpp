// The views' own framebuffer (see view_cache.h).
#include "view_cache.h"

#include <glad/gl.h>

namespace bp::win
{

ViewCache::~ViewCache()
{
    release();
}

void ViewCache::release()
{
    if (fbo_)
        glDeleteFramebuffers(1, &fbo_);
    if (colour_)
        glDeleteTextures(1, &colour_);
    if (depth_)
        glDeleteRenderbuffers(1, &depth_);
    fbo_ = colour_ = depth_ = 0;
    w_ = h_ = 0;
    filled_ = false;
}

bool ViewCache::begin(int fb_w, int fb_h)
{
    if (fb_w <= 0 || fb_h <= 0)
        return false;
    GLint bound = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
    previous_ = bound;
    filled_ = false;
    if (!fbo_ || fb_w != w_ || fb_h != h_)
    {
        release();
        glGenTextures(1, &colour_);
        glBindTexture(GL_TEXTURE_2D, colour_);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, fb_w, fb_h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glBindTexture(GL_TEXTURE_2D, 0);
        glGenRenderbuffers(1, &depth_);
        glBindRenderbuffer(GL_RENDERBUFFER, depth_);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, fb_w, fb_h);
        glBindRenderbuffer(GL_RENDERBUFFER, 0);
        glGenFramebuffers(1, &fbo_);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depth_);
        const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_));
        if (!complete)
        {
            release();
            return false;
        }
        w_ = fb_w;
        h_ = fb_h;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glViewport(0, 0, w_, h_);
    // The whole cache, whatever part of the window this frame presents.
    const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0.93f, 0.93f, 0.94f, 1);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    if (scissor)
        glEnable(GL_SCISSOR_TEST);
    return true;
}

void ViewCache::end()
{
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_));
    filled_ = true;
}

void ViewCache::copy(const gl::ScreenRect& rect) const
{
    if (!filled_ || rect.w <= 0 || rect.h <= 0)
        return;
    // Rounded as the renderer rounds its rectangle.
    const int x0 = static_cast<int>(rect.x), x1 = x0 + static_cast<int>(rect.w);
    const int y0 = h_ - static_cast<int>(rect.y) - static_cast<int>(rect.h), y1 = y0 + static_cast<int>(rect.h);
    GLint draw = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_);
    glBlitFramebuffer(x0, y0, x1, y1, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(draw));
}

} // namespace bp::win
