'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { transformTypeScript } = require('./register');

// Jest's own cache key covers the file and the config, not how it is transformed: a change to the
// transform (register.js) must not leave files transformed the old way in its cache.
const transformText = fs.readFileSync(path.join(__dirname, 'register.js'), 'utf8');

module.exports = {
  process(source, filename) {
    return { code: transformTypeScript(source, filename) };
  },
  getCacheKey(source, filename, options) {
    return crypto
      .createHash('sha1')
      .update(transformText)
      .update('\0')
      .update(source)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(options.configString)
      .digest('hex');
  },
};
