[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("GoOverview.Epub.Tests")]
