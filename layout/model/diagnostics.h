// Problems found in user input, reported as `file:line: field: message`.
// Errors a user can cause are values; asserts are for bugs.
#pragma once

#include <string>
#include <vector>

namespace bp
{

struct Problem
{
    std::string file;  // path as given by the user
    int line = 0;      // 1-based; 0 when the problem has no line (then `where` names the place)
    std::string where; // column name, JSON path or field
    std::string message;

    std::string to_string() const
    {
        std::string s = file;
        if (line > 0)
            s += ":" + std::to_string(line);
        s += ": ";
        if (!where.empty())
            s += where + ": ";
        return s + message;
    }
};

// The result of reading a file: problems, warnings (file still accepted) and nothing else.
struct Diagnostics
{
    std::vector<Problem> errors;
    std::vector<Problem> warnings;

    bool ok() const { return errors.empty(); }
    void error(std::string file, int line, std::string where, std::string message)
    {
        errors.push_back({std::move(file), line, std::move(where), std::move(message)});
    }
    void warning(std::string file, int line, std::string where, std::string message)
    {
        warnings.push_back({std::move(file), line, std::move(where), std::move(message)});
    }
};

// Thrown by readers of user files when the whole input is refused; carries every problem found.
struct InputError : std::exception
{
    std::vector<Problem> problems;
    std::string text;
    explicit InputError(std::vector<Problem> p) : problems(std::move(p))
    {
        for (const Problem& q : problems)
            text += q.to_string() + "\n";
    }
    InputError(std::string file, int line, std::string where, std::string message)
        : InputError(std::vector<Problem>{{std::move(file), line, std::move(where), std::move(message)}})
    {
    }
    const char* what() const noexcept override { return text.c_str(); }
};

} // namespace bp
