// Preloaded (`node -r`) into a process a bench measures: prints its CPU time as the last line of stderr when it exits.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
});
