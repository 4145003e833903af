'use strict';
const { transformTypeScript } = require('./register');

module.exports = {
  process(source, filename) {
    return { code: transformTypeScript(source, filename) };
  },
};
