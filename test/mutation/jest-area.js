/** A mutation area's jest config: jest's own unit or integration project, narrowed to the specs of that area. */
const path = require('node:path');
const base = require('../../jest.config.js');

const [unit, integration] = base.projects;

module.exports = function jestArea(kind, testMatch, testPathIgnorePatterns = ['/node_modules/']) {
  const project = kind === 'unit' ? unit : integration;
  return {
    ...base,
    rootDir: path.join(__dirname, '..', '..'),
    projects: [{ ...project, testMatch, testPathIgnorePatterns }],
  };
};
