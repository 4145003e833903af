'use strict';
// Preloaded (`node -r`) into each process of `bench:serve --against`: prints on exit the CPU time the
// process spent from its first HTTP request on (the load, not the start-up), which other jobs on a
// shared machine change much less than the wall-clock events/s.
const http = require('http');

const request = http.request;
let start;
http.request = function (...args) {
  if (!start) start = process.cpuUsage();
  return request.apply(this, args);
};
process.on('exit', () => {
  const { user, system } = process.cpuUsage(start);
  process.stdout.write(`cpu ms under load: ${Math.round((user + system) / 1000)}\n`);
});
