console.log('ai-system-manifest: the CLI is being built');
