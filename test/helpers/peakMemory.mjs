// Runs the `custodia` command in this process and, as it exits, prints the process's peak resident memory on
// standard error (`peak-rss-kib N`, from getrusage): for tests of what a command costs in memory.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
await import('../../bin/custodia.js');
