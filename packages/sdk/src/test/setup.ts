// React Testing Library enables act() itself only when test globals exist; these tests import
// vitest explicitly, so declare the act environment here (harmless for the node-only tests).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
