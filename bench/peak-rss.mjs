// Preloaded into the benchmark's child processes: reports the process's peak RSS on stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`peak-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
});
