const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatch = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s?(x)", "**/scripts/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
}[process.env.TEST_TYPE]

if (!testMatch) {
  throw new Error(`TEST_TYPE must be one of unit, integration:modules, integration:http (got "${process.env.TEST_TYPE}")`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, transform: { react: { runtime: "automatic" } } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.medusa-data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch,
  testPathIgnorePatterns: process.env.TEST_TYPE === "unit" ? [] : ["\\.unit\\.spec\\."],
  testTimeout: 120000,
}
