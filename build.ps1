#!/usr/bin/env pwsh
<#
.SYNOPSIS
  GoOverview build script: build, test, export (the main job), publish (native-AOT CLI, the fast path),
  publish-r2r (ReadyToRun CLI), bench, pack (the dotnet tool: native AOT for this machine's platform, JIT for the
  others; and the library packages).
.EXAMPLE
  dotnet tool run pwsh build.ps1 export          # all four outputs of the built-in sample into out/
  dotnet tool run pwsh build.ps1 test            # the whole test suite
  dotnet tool run pwsh build.ps1 export -Input notes.md -To pdf,docx
#>
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'export', 'publish', 'publish-r2r', 'bench', 'pack')]
    [string]$Target = 'export',
    [string]$Configuration = 'Release',
    [string]$Input = '',
    [string]$To = '',
    [string]$Output = 'out',
    [string]$Filter = '',
    [switch]$NoBuild,
    # pack: only the tool's pointer package and this machine's native-AOT package (no other platforms, no libraries)
    [switch]$HostOnly
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string]$what, [string[]]$command) {
    Write-Host "== $what" -ForegroundColor Cyan
    & $command[0] $command[1..($command.Length - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

# linux-x64, linux-arm64, osx-arm64, win-x64…: the machine this runs on (native AOT cannot cross operating systems).
function Get-HostRid {
    $arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    return "$os-$arch"
}

switch ($Target) {
    'build' {
        Invoke-Step 'build' @('dotnet', 'build', 'GoOverview.sln', '-c', $Configuration)
    }
    'test' {
        $cmd = @('dotnet', 'test', 'GoOverview.sln', '-c', $Configuration)
        if ($NoBuild) { $cmd += '--no-build' }
        if ($Filter) { $cmd += @('--filter', $Filter) }
        Invoke-Step 'test' $cmd
    }
    'export' {
        $cmd = @('dotnet', 'run', '-c', $Configuration, '--project', 'src/GoOverview.Cli', '--', 'build')
        if ($Input) { $cmd += $Input } else { $cmd += '--sample' }
        if ($To) { $cmd += @('--to', $To) }
        $cmd += @('-o', $Output)
        Invoke-Step 'export' $cmd
    }
    'publish' {
        # Native AOT: artifacts/aot/gooverview, no .NET runtime needed (needs clang and zlib1g-dev to link).
        Invoke-Step 'publish (native AOT)' @('dotnet', 'publish', 'src/GoOverview.Cli', '-c', 'Release', '-r', (Get-HostRid),
            '-p:PublishAot=true', '-o', 'artifacts/aot')
    }
    'publish-r2r' {
        Invoke-Step 'publish (ReadyToRun)' @('dotnet', 'publish', 'src/GoOverview.Cli', '-c', 'Release', '-r', (Get-HostRid), '--self-contained', 'false',
            '-p:PublishReadyToRun=true', '-o', 'artifacts/cli')
    }
    'bench' {
        if (-not (Test-Path 'artifacts/cli/gooverview')) { & $PSCommandPath publish-r2r }
        Invoke-Step 'bench' @('dotnet', 'run', '-c', 'Release', '--project', 'bench/GoOverview.Bench', '--')
    }
    'pack' {
        # The dotnet tool (.NET 10 RID-specific tool): the pointer package GoOverview, then GoOverview.<rid> for each
        # platform the project lists. This machine's platform is native AOT (built with the same global properties as
        # `publish`, so after `publish` it reuses the compiled executable); native AOT cannot cross operating systems,
        # so the other platforms get the JIT build (it needs the .NET 10 runtime, which `dotnet tool` users have).
        $hostRid = Get-HostRid
        Invoke-Step "pack tool $hostRid (native AOT)" @('dotnet', 'pack', 'src/GoOverview.Cli', '-c', 'Release', '-r', $hostRid,
            '-p:PublishAot=true', '-o', 'artifacts')
        # after the AOT package: this build of the libraries without PublishAot would make the AOT step compile again
        Invoke-Step 'pack tool (pointer package)' @('dotnet', 'pack', 'src/GoOverview.Cli', '-c', 'Release', '-o', 'artifacts')
        if ($HostOnly) { return }
        $rids = (& dotnet msbuild src/GoOverview.Cli -getProperty:ToolPackageRuntimeIdentifiers).Trim() -split ';'
        foreach ($rid in $rids | Where-Object { $_ -and $_ -ne $hostRid }) {
            Invoke-Step "pack tool $rid (JIT)" @('dotnet', 'pack', 'src/GoOverview.Cli', '-c', 'Release', '-r', $rid,
                '-p:PublishAot=false', '-o', 'artifacts')
        }
        # The library packages: GoOverview.Exporter and every library it references.
        foreach ($library in 'Model', 'Formulas', 'Markdown', 'Layout', 'Fonts', 'Rendering', 'Export', 'Pdf', 'Word', 'Epub', 'Slides', 'Exporter') {
            Invoke-Step "pack $library" @('dotnet', 'pack', "src/GoOverview.$library", '-c', 'Release', '-o', 'artifacts')
        }
    }
}
