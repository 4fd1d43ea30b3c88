// Batch: the unit of work for a thread: complete lines cut from the input,
// with a sequence number that fixes their place in the output.
#pragma once

#include <cstdint>
#include <string>

namespace logveil::pipeline {

struct Batch {
  uint64_t seq = 0;
  std::string bytes;      // complete lines (the last may lack a newline at
                          // end of input), or finished output if `scrubbed`
  uint64_t records = 0;   // lines that end in this batch
  bool scrubbed = false;  // the head of a long line, already scrubbed
  // The input had no more bytes ready when this batch was cut (a pipe that
  // trickles): its output is flushed once written, not held for more.
  bool input_idle = false;
};

}  // namespace logveil::pipeline
