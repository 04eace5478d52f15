// Booth labels of the DXF export fitted to their booth: the number always, the name smaller or
// wrapped onto up to three lines, or left out, so that no text runs over a neighbour. Widths are
// estimated for CAD fonts (LibreCAD's and AutoCAD's txt/simplex: a character is at most 0.9 of the
// height wide; CJK characters a full height).
#pragma once

#include <string>
#include <vector>

namespace bp
{

struct BoothLabelLine
{
    std::string text;
    double height = 0; // metres
    double offset = 0; // baseline-centre distance from the booth centre, up the text, metres
};

// Lines for a booth `width` wide along the text and `depth` across it (metres); the number first.
std::vector<BoothLabelLine> fit_booth_label(const std::string& number, const std::string& name,
                                            const std::string& name_local, double width, double depth);

// Estimated width of `text` written `height` high.
double label_width(const std::string& text, double height);

} // namespace bp
