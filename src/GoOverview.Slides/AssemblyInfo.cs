[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("GoOverview.Slides.Tests")]
