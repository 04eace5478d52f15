// Whole-file reads and atomic writes.
#include "file_util.h"

#include "layout/model/diagnostics.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace bp
{

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, "", std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file_atomically(const std::string& path, const std::string& bytes)
{
    std::string tmp = path + ".tmp-" + std::to_string(getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size())
    {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
        {
            int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(err));
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
    {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot flush " + tmp + ": " + std::strerror(errno));
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
    {
        int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot rename " + tmp + " to " + path + ": " + std::strerror(err));
    }
}

TempFile::TempFile(std::string target) : target_(std::move(target))
{
    tmp_ = target_ + ".tmp-" + std::to_string(getpid());
}

TempFile::~TempFile()
{
    if (!done_)
        std::remove(tmp_.c_str());
}

void TempFile::commit()
{
    std::error_code ec;
    std::filesystem::rename(tmp_, target_, ec);
    if (ec)
        throw std::runtime_error("cannot write " + target_ + ": " + ec.message());
    done_ = true;
}

} // namespace bp
