// `boothplan render`: a picture of the plan or the 3D view drawn by the OpenGL renderer offscreen
// (needs a display: `xvfb-run -a boothplan render ...` on a machine without one).
#include "commands.h"

#include "layout/io/file_util.h"
#include "layout/io/project_store.h"
#include "layout/rules/checks.h"
#include "render/gl/offscreen.h"

#include <cstdio>
#include <iostream>
#include <sstream>

namespace bp::cli
{

namespace
{

struct RenderOptions
{
    std::string project, view, out, size = "1600x1000", hall, colour_by = "pavilion", camera;
    bool violations = false, no_labels = false;
};

std::vector<double> numbers(const std::string& s, const std::string& option)
{
    std::vector<double> v;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, ','))
    {
        char* end = nullptr;
        double d = std::strtod(part.c_str(), &end);
        if (part.empty() || *end != '\0')
            throw ExitStatus{kExitBadInput, option + ": '" + part + "' is not a number"};
        v.push_back(d);
    }
    return v;
}

// Places the camera: a booth, exact numbers, one hall, or the whole venue.
void place_camera(gl::Renderer& r, const Project& p, const RenderOptions& o, gl::ViewKind view, gl::ScreenRect rect)
{
    if (o.camera.rfind("booth:", 0) == 0)
    {
        std::optional<BoothId> b = p.find_booth(o.camera.substr(6));
        if (!b)
            throw ExitStatus{kExitBadInput, o.project + ": --camera: no booth '" + o.camera.substr(6) + "'"};
        r.fly_to_booth(view, rect, *b);
        r.finish_animation();
        return;
    }
    if (!o.camera.empty())
    {
        std::vector<double> c = numbers(o.camera, "--camera");
        if (view == gl::ViewKind::Plan && c.size() == 3 && c[2] > 0)
            return r.show_plan({c[0], c[1]}, rect.w / c[2]);
        if (view == gl::ViewKind::Scene3D && c.size() == 6)
            return r.look_at(c[0], c[1], c[2], c[3], c[4], c[5]);
        throw ExitStatus{kExitBadInput, std::string("--camera: give ") +
                                            (view == gl::ViewKind::Plan ? "CX,CY,WIDTH_M for the plan"
                                                                        : "EX,EY,EZ,TX,TY,TZ for the 3D view") +
                                            ", or booth:NUMBER"};
    }
    Box box;
    if (!o.hall.empty())
        box = bounds(p.hall(*p.find_hall(o.hall)).outline);
    else
        for (const Hall& h : p.venue.halls)
            for (Vec2 v : h.outline)
                box.add(v);
    r.fit(view, rect, box, false);
}

} // namespace

void add_render_command(CLI::App& app)
{
    auto opt = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Draw the plan or the 3D view to a PNG (offscreen OpenGL; needs a "
                                                 "display, e.g. xvfb-run -a)");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    cmd->add_option("--view", opt->view, "plan | 3d")->required()->check(CLI::IsMember({"plan", "3d"}));
    cmd->add_option("-o,--output", opt->out, "PNG file to write")->required();
    cmd->add_option("--size", opt->size, "Picture size WxH in pixels (default 1600x1000)");
    cmd->add_option("--hall", opt->hall, "Show this hall");
    cmd->add_option("--color-by,--colour-by", opt->colour_by, "Booth colours: pavilion | sector | status | country")
        ->check(CLI::IsMember({"pavilion", "sector", "status", "country"}));
    cmd->add_option("--camera", opt->camera,
                    "plan: CX,CY,WIDTH_M; 3d: EX,EY,EZ,TX,TY,TZ (eye and target, metres); either: booth:NUMBER");
    cmd->add_flag("--violations", opt->violations, "Mark the check report's violations");
    cmd->add_flag("--no-labels", opt->no_labels, "Leave out booth numbers and names");
    cmd->callback(
        [opt]
        {
            int w = 0, h = 0;
            char x = 0;
            if (std::sscanf(opt->size.c_str(), "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w < 16 ||
                h < 16 || w > 8192 || h > 8192)
                throw ExitStatus{kExitBadInput, "--size: give WxH between 16 and 8192 pixels, e.g. 1600x1000"};
            Project p = load_project(opt->project);
            if (!opt->hall.empty() && !p.find_hall(opt->hall))
                throw ExitStatus{kExitBadInput, opt->project + ": --hall: no hall '" + opt->hall + "' in the venue"};
            std::string error;
            std::unique_ptr<gl::OffscreenContext> context = gl::OffscreenContext::create(&error);
            if (!context)
                throw ExitStatus{kExitBadInput, "boothplan render: " + error};
            gl::ViewKind view = opt->view == "plan" ? gl::ViewKind::Plan : gl::ViewKind::Scene3D;
            gl::Renderer r;
            gl::DisplayOptions d;
            d.colour_by = *parse_colour_by(opt->colour_by);
            d.labels = !opt->no_labels;
            d.violations = opt->violations;
            d.antialias = gl::Antialias::Always; // one still picture
            r.set_display(d);
            r.set_project(p);
            if (opt->violations)
                r.set_check_report(check_project(p));
            gl::ScreenRect rect{0, 0, static_cast<float>(w), static_cast<float>(h)};
            place_camera(r, p, *opt, view, rect);
            gl::Image img = gl::render_image(r, view, w, h);
            TempFile tmp(opt->out);
            gl::write_png(img, tmp.path());
            tmp.commit();
            gl::FrameStats s = r.stats();
            std::printf("%s: %s view, %dx%d, %d draw calls, %lld triangles (%s)\n", opt->out.c_str(), opt->view.c_str(),
                        w, h, s.draw_calls, static_cast<long long>(s.triangles), context->renderer_name().c_str());
        });
}

} // namespace bp::cli
