// The renderer's GLSL programs. Colours arrive as normalised bytes; blending is straight alpha.
#include "shaders.h"

namespace bp::gl::shader
{

const char* const kFillVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec4 a_rgba;
uniform mat4 u_vp;
uniform float u_alpha;
out vec4 v_rgba;
void main() {
    gl_Position = u_vp * vec4(a_pos, 1.0);
    v_rgba = vec4(a_rgba.rgb, a_rgba.a * u_alpha);
}
)";

const char* const kFillFragment = R"(#version 330 core
in vec4 v_rgba;
out vec4 o_colour;
void main() { o_colour = v_rgba; }
)";

const char* const kStrokeVertex = R"(#version 330 core
layout(location = 0) in vec3 a_a;
layout(location = 1) in vec3 a_b;
layout(location = 2) in vec2 a_end_side;
layout(location = 3) in float a_width;
layout(location = 4) in vec4 a_rgba;
uniform mat4 u_vp;
uniform vec2 u_viewport;
out vec4 v_rgba;
void main() {
    vec4 ca = u_vp * vec4(a_a, 1.0), cb = u_vp * vec4(a_b, 1.0);
    v_rgba = a_rgba;
    if (ca.w <= 0.0 || cb.w <= 0.0) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    vec2 sa = ca.xy / ca.w * 0.5 * u_viewport, sb = cb.xy / cb.w * 0.5 * u_viewport;
    vec2 d = sb - sa;
    d = length(d) > 1e-4 ? normalize(d) : vec2(1.0, 0.0);
    vec2 n = vec2(-d.y, d.x);
    vec4 c = mix(ca, cb, a_end_side.x);
    // Half the width sideways, and half past each end so corners close.
    vec2 px = n * a_end_side.y * a_width * 0.5 + d * (a_end_side.x * 2.0 - 1.0) * a_width * 0.5;
    c.xy += px * 2.0 / u_viewport * c.w;
    gl_Position = c;
}
)";

const char* const kStrokeFragment = kFillFragment;

const char* const kMarkerVertex = R"(#version 330 core
layout(location = 0) in vec3 a_at;
layout(location = 1) in vec2 a_corner;
layout(location = 2) in float a_size;
layout(location = 3) in vec4 a_rgba;
uniform mat4 u_vp;
uniform vec2 u_viewport;
out vec4 v_rgba;
out vec2 v_uv;
void main() {
    vec4 c = u_vp * vec4(a_at, 1.0);
    v_rgba = a_rgba;
    v_uv = a_corner;
    if (c.w <= 0.0) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    c.xy += a_corner * a_size * 0.5 * 2.0 / u_viewport * c.w;
    c.z = -c.w; // always in front
    gl_Position = c;
}
)";

const char* const kMarkerFragment = R"(#version 330 core
in vec4 v_rgba;
in vec2 v_uv;
out vec4 o_colour;
void main() {
    float r = length(v_uv);
    if (r > 1.0) discard;
    // A disc in the marker's colour inside a white ring with a dark rim; a white bar and dot: "!".
    vec3 c = r > 0.86 ? vec3(0.15) : r > 0.7 ? vec3(1.0) : v_rgba.rgb;
    bool bar = abs(v_uv.x) < 0.11 && v_uv.y > -0.05 && v_uv.y < 0.5;
    bool dot = length(v_uv - vec2(0.0, -0.3)) < 0.12;
    if (r <= 0.7 && (bar || dot)) c = vec3(1.0);
    o_colour = vec4(c, 1.0);
}
)";

const char* const kGlyphVertex = R"(#version 330 core
layout(location = 0) in vec3 a_origin;
layout(location = 1) in vec3 a_x;
layout(location = 2) in vec3 a_y;
layout(location = 3) in vec4 a_texels;
layout(location = 4) in vec4 a_rgba;
layout(location = 5) in float a_em;
uniform mat4 u_vp;
uniform vec2 u_viewport;
uniform vec2 u_atlas;    // atlas size in texels
uniform vec2 u_px_range; // text drawn only while its em is this many pixels
out vec2 v_uv;
out vec4 v_rgba;
void main() {
    vec2 k = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    vec4 c0 = u_vp * vec4(a_origin, 1.0), c1 = u_vp * vec4(a_origin + normalize(a_y) * a_em, 1.0);
    float px = (c0.w > 0.0 && c1.w > 0.0) ? length((c1.xy / c1.w - c0.xy / c0.w) * 0.5 * u_viewport) : 0.0;
    v_rgba = a_rgba;
    v_uv = vec2(mix(a_texels.x, a_texels.z, k.x), mix(a_texels.w, a_texels.y, k.y)) / u_atlas;
    if (px < u_px_range.x || px > u_px_range.y) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    gl_Position = u_vp * vec4(a_origin + a_x * k.x + a_y * k.y, 1.0);
}
)";

const char* const kGlyphFragment = R"(#version 330 core
uniform sampler2D u_atlas_tex;
in vec2 v_uv;
in vec4 v_rgba;
out vec4 o_colour;
void main() {
    float a = texture(u_atlas_tex, v_uv).r;
    if (a < 0.02) discard;
    o_colour = vec4(v_rgba.rgb, v_rgba.a * a);
}
)";

const char* const kLitVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 a_rgba;
uniform mat4 u_vp;
uniform mat4 u_light_vp;
out vec3 v_pos;
out vec3 v_normal;
out vec4 v_rgba;
out vec4 v_light;
void main() {
    v_pos = a_pos;
    v_normal = a_normal;
    v_rgba = a_rgba;
    v_light = u_light_vp * vec4(a_pos, 1.0);
    gl_Position = u_vp * vec4(a_pos, 1.0);
}
)";

const char* const kLitFragment = R"(#version 330 core
uniform vec3 u_sun;      // towards the light
uniform vec3 u_eye;
uniform sampler2DShadow u_shadow;
uniform float u_shadow_texel;
uniform int u_cutaway;   // hall walls: cut away the side toward the camera
uniform int u_shadows;
uniform float u_alpha;
in vec3 v_pos;
in vec3 v_normal;
in vec4 v_rgba;
in vec4 v_light;
out vec4 o_colour;
float lit_share() {
    if (u_shadows == 0) return 1.0;
    vec3 p = v_light.xyz / v_light.w * 0.5 + 0.5;
    if (p.x <= 0.0 || p.x >= 1.0 || p.y <= 0.0 || p.y >= 1.0) return 1.0;
    float s = 0.0;
    for (int i = 0; i < 4; ++i) {
        vec2 o = vec2(float(i & 1) - 0.5, float(i >> 1) - 0.5) * u_shadow_texel * 1.5;
        s += texture(u_shadow, vec3(p.xy + o, p.z - 0.0002));
    }
    return s * 0.25;
}
void main() {
    vec3 n = normalize(v_normal);
    vec3 to_eye = u_eye - v_pos;
    if (u_cutaway == 1 && dot(n, to_eye) > 0.0 && v_pos.z > 0.6) discard;
    if (dot(n, to_eye) < 0.0) n = -n; // panels are seen from both sides
    float sun = max(dot(n, u_sun), 0.0) * lit_share();
    float sky = mix(0.5, 0.66, n.z * 0.5 + 0.5);
    vec3 c = v_rgba.rgb * (sky + 0.42 * sun);
    o_colour = vec4(min(c, vec3(1.0)), v_rgba.a * u_alpha);
}
)";

const char* const kBoothVertex = R"(#version 330 core
layout(location = 0) in vec4 a_uvz;     // u, v, zf, zm
layout(location = 1) in float a_part;
layout(location = 2) in vec2 a_origin;
layout(location = 3) in vec2 a_along;
layout(location = 4) in vec3 a_size;    // length, depth, height
layout(location = 5) in vec4 a_rgba;
layout(location = 6) in uint a_flags;
uniform mat4 u_vp;
uniform mat4 u_light_vp;
out vec3 v_pos;
out vec3 v_normal;
out vec4 v_rgba;
out vec4 v_light;
const float kInset = 0.3;  // a stand stands back from its plot's edges
void main() {
    int part = int(a_part + 0.5);
    bool raw = (a_flags & 16u) != 0u;
    int side = part < 4 ? part : part - 4;
    bool open = part < 8 && ((a_flags >> uint(side)) & 1u) != 0u;
    bool shown = part == 8 || (part == 9 && raw) || (part < 4 && (raw || !open)) || (part >= 4 && part < 8 && !raw && open);
    if (!shown) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    vec2 across = vec2(-a_along.y, a_along.x);
    vec2 uv = a_uvz.xy * a_size.xy;
    if (raw && part != 8) uv = vec2(kInset) + a_uvz.xy * (a_size.xy - 2.0 * kInset);
    vec3 normal = vec3(0.0, 0.0, 1.0);
    if (part < 8) {
        vec2 dirs[4] = vec2[4](-across, across, -a_along, a_along);
        normal = vec3(dirs[side], 0.0);
    }
    vec2 xy = a_origin + a_along * uv.x + across * uv.y;
    if (part >= 4 && part < 8) xy += normal.xy * 0.01; // the fascia board in front of the wall line
    // Neighbours' walls on one line stand 3 cm apart instead of fighting for the same depth.
    if (part < 4 && !raw) xy -= normal.xy * 0.015;
    float z = a_uvz.z * a_size.z + a_uvz.w;
    vec3 white = vec3(0.949);
    vec3 c = part == 8 ? mix(a_rgba.rgb, vec3(1.0), raw ? 0.55 : 0.35)
           : raw ? (part == 9 ? mix(a_rgba.rgb, vec3(1.0), 0.15) : a_rgba.rgb)
           : part < 4 ? white : a_rgba.rgb;
    v_pos = vec3(xy, z);
    v_normal = normal;
    v_rgba = vec4(c, 1.0);
    v_light = u_light_vp * vec4(v_pos, 1.0);
    gl_Position = u_vp * vec4(v_pos, 1.0);
}
)";

const char* const kDepthVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
uniform mat4 u_vp;
void main() { gl_Position = u_vp * vec4(a_pos, 1.0); }
)";

const char* const kDepthFragment = R"(#version 330 core
void main() {}
)";

} // namespace bp::gl::shader
