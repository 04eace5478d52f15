// The views as last drawn, kept in a framebuffer of their own: frames in which only the panels
// change (a hover, the progress bar, typing) copy it instead of drawing the venue again.
#pragma once

#include "render/gl/renderer.h"

namespace bp::win
{

class ViewCache
{
public:
    ViewCache() = default;
    ~ViewCache(); // needs the window's GL context, as the renderer does
    ViewCache(const ViewCache&) = delete;
    ViewCache& operator=(const ViewCache&) = delete;

    // True when it holds a picture of a framebuffer of this size.
    bool holds(int fb_w, int fb_h) const { return filled_ && fb_w == w_ && fb_h == h_; }
    // Binds the cache (colour, depth and stencil, fb_w x fb_h) for the renderer to draw into.
    // False when the driver refuses it: then the views are drawn straight into the window.
    bool begin(int fb_w, int fb_h);
    // Back to the framebuffer that was bound at begin(); the cache now holds the picture.
    void end();
    // Copies `rect` (framebuffer pixels, origin at the top left) into the bound framebuffer.
    void copy(const gl::ScreenRect& rect) const;
    void clear() { filled_ = false; }

private:
    unsigned fbo_ = 0, colour_ = 0, depth_ = 0;
    int w_ = 0, h_ = 0;
    int previous_ = 0;
    bool filled_ = false;
    void release();
};

} // namespace bp::win
