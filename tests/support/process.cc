#include "support/process.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace logveil::testing {
namespace {

// Pumps `input` into `in_fd` while draining `out_fd` and `err_fd`, so a
// child that writes before it has read everything never deadlocks.
void Pump(int in_fd, int out_fd, int err_fd, const std::string& input,
          ProcessResult& result) {
  size_t written = 0;
  if (input.empty()) close(in_fd), in_fd = -1;
  // Non-blocking, so a write larger than the pipe returns what fitted
  // instead of waiting while the child waits for us to drain its stdout.
  if (in_fd >= 0) fcntl(in_fd, F_SETFL, fcntl(in_fd, F_GETFL) | O_NONBLOCK);
  char buffer[65536];
  while (out_fd >= 0 || err_fd >= 0) {
    pollfd fds[3] = {
        {in_fd, POLLOUT, 0}, {out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    poll(fds, 3, -1);
    if (in_fd >= 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = write(in_fd, input.data() + written, input.size() - written);
      if (n > 0) written += n;
      bool again = n < 0 && (errno == EAGAIN || errno == EINTR);
      if ((n <= 0 && !again) || written == input.size()) {
        close(in_fd), in_fd = -1;
      }
    }
    int* readers[2] = {&out_fd, &err_fd};
    std::string* sinks[2] = {&result.out, &result.err};
    for (int i = 0; i < 2; ++i) {
      if (*readers[i] < 0 || !(fds[i + 1].revents & (POLLIN | POLLHUP))) {
        continue;
      }
      ssize_t n = read(*readers[i], buffer, sizeof buffer);
      if (n > 0) sinks[i]->append(buffer, n);
      if (n <= 0) close(*readers[i]), *readers[i] = -1;
    }
  }
  if (in_fd >= 0) close(in_fd);
}

}  // namespace

ProcessResult RunLogveil(const std::vector<std::string>& args,
                         const std::string& input,
                         const std::vector<std::string>& env) {
  signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill us
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) throw std::runtime_error("pipe");
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0), dup2(out[1], 1), dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    std::vector<char*> argv{const_cast<char*>(LOGVEIL_BINARY)};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> envp{const_cast<char*>("LC_ALL=C")};
    for (const auto& entry : env)
      envp.push_back(const_cast<char*>(entry.c_str()));
    envp.push_back(nullptr);
    execve(LOGVEIL_BINARY, argv.data(), envp.data());
    _exit(127);
  }
  close(in[0]), close(out[1]), close(err[1]);
  ProcessResult result;
  Pump(in[1], out[0], err[0], input, result);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code =
      WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace logveil::testing
