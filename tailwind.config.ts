import type { Config } from "tailwindcss";

// Dark mode follows the operating system (the default `media` strategy).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#f2f7ff",
          100: "#dbe9ff",
          500: "#2f6fe4",
          600: "#1f58c4",
          700: "#1a479c",
        },
      },
    },
  },
};

export default config;
